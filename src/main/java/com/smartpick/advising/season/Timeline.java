package com.smartpick.advising.season;

import java.util.List;

/**
 * A cohort's season. {@code covered}: the cohort's match season is the calendar's; otherwise there are no milestones.
 * {@code canAdjust}: the viewer advises the cohort (or is an admin).
 */
public record Timeline(long cohortId, String cohortName, String matchSeason, String calendarName, boolean covered,
        List<CohortMilestone> milestones, boolean canAdjust) {

    public Timeline {
        milestones = List.copyOf(milestones);
    }
}
