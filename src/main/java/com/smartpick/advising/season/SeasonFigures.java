package com.smartpick.advising.season;

import java.time.LocalDate;
import org.jooq.Condition;
import org.jooq.Field;

/**
 * A student's tasks as query fragments for other features' statements (the readiness dashboard), correlated with
 * their student-id column, as of a day: so a page of any length stays one statement.
 */
public final class SeasonFigures {

    private SeasonFigures() {
    }

    /**
     * How many of the student's tasks are past their date and not done, with her current cohort taken from the
     * caller's statement ({@link com.smartpick.advising.cohort.CurrentCohorts}, joined once): a list of 10,000 students
     * then reads it in one join instead of two lookups per student and milestone.
     */
    public static Field<Integer> lateTaskCount(Field<Long> studentId, Field<Long> currentCohortId,
            Field<String> currentMatchSeason, LocalDate today) {
        return TaskFields.lateCount(studentId, new TaskFields.CurrentCohort(currentCohortId, currentMatchSeason),
                SeasonCalendar.current(), today);
    }

    public static Condition hasLateTask(Field<Long> studentId, Field<Long> currentCohortId, Field<String> currentMatchSeason,
            LocalDate today) {
        return lateTaskCount(studentId, currentCohortId, currentMatchSeason, today).gt(0);
    }
}
