package com.smartpick.advising.experience;

import com.smartpick.advising.jooq.tables.ExperienceRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A student's experience figures as query fragments other features put in their own statements (the season's task
 * dates): each is correlated with the caller's student-id column, so a page of students stays one statement. Lists
 * of students join {@link ExperienceTotals} instead. The caller limits its rows to the students the viewer may see;
 * these fragments add no rows of their own.
 */
public final class ExperienceFigures {

    private ExperienceFigures() {
    }

    /**
     * The one SQL condition of "current verified" (V3's rule: VERIFIED and not superseded by a later verified
     * revision); {@link com.smartpick.advising.experience.ExperienceRecord#currentVerified()} is its Java twin, and
     * V27's experience_totals_refresh counts by it.
     */
    static Condition currentVerified(ExperienceRecord e) {
        return e.STATUS.eq(ExperienceStatus.VERIFIED.name()).and(e.SUPERSEDED_BY.isNull());
    }

    public static Field<Integer> verifiedCount(Field<Long> studentId) {
        ExperienceTotals t = ExperienceTotals.as("verified");
        return DSL.coalesce(DSL.field(DSL.select(t.verifiedCount()).from(t.table()).where(t.studentId().eq(studentId))),
                DSL.inline(0));
    }
}
