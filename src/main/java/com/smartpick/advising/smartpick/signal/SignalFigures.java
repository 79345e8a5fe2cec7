package com.smartpick.advising.smartpick.signal;

import static com.smartpick.advising.jooq.Tables.PLACED_SIGNAL;

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
}
