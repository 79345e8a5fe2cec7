package com.smartpick.advising.season;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A milestone as one cohort has it: its date, and the published default beside it. {@code adjusted}: an advisor set
 * the cohort's own date. {@code version}: 0 while the milestone is at its default, then the row's version.
 */
public record CohortMilestone(Milestone milestone, LocalDate starts, @Nullable LocalDate ends, DefaultDate byDefault,
        boolean adjusted, int version) {

    public boolean differs() {
        return !starts.equals(byDefault.starts()) || !Objects.equals(ends, byDefault.ends());
    }
}
