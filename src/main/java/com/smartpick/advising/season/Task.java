package com.smartpick.advising.season;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One of a student's tasks this season. {@code due}: the date of its milestone in her cohort (null when her cohort
 * has no calendar for this season). {@code estimate}: that date is an estimate.
 */
public record Task(TaskKind kind, @Nullable LocalDate due, boolean estimate, boolean done, TaskStatus status,
        String doneWhen) {

    /** Late: past its date and not done. Due soon: not done, and its date within {@code soonDays} from today. */
    static TaskStatus statusOn(LocalDate today, @Nullable LocalDate due, boolean done, int soonDays) {
        if (done) {
            return TaskStatus.DONE;
        }
        if (due == null) {
            return TaskStatus.NO_DATE;
        }
        if (due.isBefore(today)) {
            return TaskStatus.LATE;
        }
        return due.isAfter(today.plusDays(soonDays)) ? TaskStatus.OPEN : TaskStatus.DUE_SOON;
    }
}
