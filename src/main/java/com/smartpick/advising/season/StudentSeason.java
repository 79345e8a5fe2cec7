package com.smartpick.advising.season;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A student's season: her cohort's milestones and her tasks. {@code cohortName} is null when she has no current
 * cohort (then neither milestones nor due dates). {@code canConfirm}: the viewer is the student herself.
 */
public record StudentSeason(long studentId, @Nullable String cohortName, String calendarName,
        List<CohortMilestone> milestones, List<Task> tasks, boolean canConfirm) {

    public StudentSeason {
        milestones = List.copyOf(milestones);
        tasks = List.copyOf(tasks);
    }

    public long late() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.LATE).count();
    }

    public long dueSoon() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.DUE_SOON).count();
    }
}
