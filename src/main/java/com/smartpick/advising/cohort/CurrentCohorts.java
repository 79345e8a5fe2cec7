package com.smartpick.advising.cohort;

import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Each student's current cohort ({@link Relationships#currentCohortOf}: at most one, V14) as a view other features
 * join to lists of students on its student-id column, under the caller's alias: a list of 10,000 students reads it
 * once rather than once per student and figure. The caller limits its rows to the students the viewer may see.
 */
public final class CurrentCohorts {

    private final Table<?> table;
    private final Field<Long> studentId;
    private final Field<Long> cohortId;
    private final Field<String> matchSeason;

    private CurrentCohorts(String alias) {
        table = DSL.select(ENROLLMENT.STUDENT_ID, ENROLLMENT.COHORT_ID, COHORT.MATCH_SEASON)
                .from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(Relationships.isCurrent(ENROLLMENT)).asTable(alias);
        studentId = table.field(ENROLLMENT.STUDENT_ID);
        cohortId = table.field(ENROLLMENT.COHORT_ID);
        matchSeason = table.field(COHORT.MATCH_SEASON);
    }

    public static CurrentCohorts as(String alias) {
        return new CurrentCohorts(alias);
    }

    public Table<?> table() {
        return table;
    }

    public Field<Long> studentId() {
        return studentId;
    }

    /** The current cohort (null when the student has none). */
    public Field<Long> cohortId() {
        return cohortId;
    }

    /** The current cohort's match season, its own text (null when the student has none). */
    public Field<String> matchSeason() {
        return matchSeason;
    }
}
