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

    /** How many of the student's tasks are past their date and not done. */
    public static Field<Integer> lateTaskCount(Field<Long> studentId, LocalDate today) {
        return TaskFields.lateCount(studentId, SeasonCalendar.current(), today);
    }

    public static Condition hasLateTask(Field<Long> studentId, LocalDate today) {
        return lateTaskCount(studentId, today).gt(0);
    }
}
