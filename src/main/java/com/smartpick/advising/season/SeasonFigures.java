package com.smartpick.advising.season;

import com.smartpick.advising.base.PerStudent;
import java.time.LocalDate;
import org.jooq.Field;

/**
 * A student's tasks as query fragments for other features' statements (the readiness dashboard), as of a day:
 * correlated with their student-id column for a page of students, or as a view of every student's count to join once
 * where all of them are counted or sorted; either way a page of any length stays one statement.
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

    /**
     * {@link #lateTaskCount} of every student with a current cohort, as a view (student id, late tasks) to join once
     * on the left under {@code alias}; a student without a row has none late (no current cohort, so no dates). Set
     * based: each owner's figures are read in one pass, not per student and task, so counting or sorting 10,000
     * students costs one join (the view covers every current student, not only the caller's: join it where all of a
     * list is read, and use {@link #lateTaskCount} for a page's rows).
     */
    public static PerStudent<Integer> lateTasks(String alias, LocalDate today) {
        return TaskFields.lateCounts(alias, SeasonCalendar.current(), today);
    }
}
