package com.smartpick.advising.smartpick.signal;

import static com.smartpick.advising.jooq.Tables.PLACED_SIGNAL;

import com.smartpick.advising.base.PerStudent;
import com.smartpick.advising.jooq.tables.PlacedSignal;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A student's signals as a query fragment for other features' statements, correlated with their student-id column. */
public final class SignalFigures {

    private SignalFigures() {
    }

    /** How many signals the student placed for the given Match, in every specialty. */
    public static Field<Integer> placedCount(Field<Long> studentId, int matchYear) {
        PlacedSignal s = PLACED_SIGNAL.as("placed_count");
        return DSL.field(DSL.selectCount().from(s).where(s.STUDENT_ID.eq(studentId))
                .and(s.MATCH_YEAR.eq(DSL.inline(matchYear))));
    }

    /**
     * {@link #placedCount} of every student who placed a signal for the given Match, as a view to join once to a list
     * of students (the readiness summary): one grouped scan instead of a count per student.
     */
    public static PerStudent<Integer> placedCounts(String alias, int matchYear) {
        PlacedSignal s = PLACED_SIGNAL.as(alias + "_signal");
        return PerStudent.of(DSL.select(s.STUDENT_ID.as("student_id"), DSL.count().as("placed")).from(s)
                .where(s.MATCH_YEAR.eq(DSL.inline(matchYear))).groupBy(s.STUDENT_ID), alias);
    }
}
