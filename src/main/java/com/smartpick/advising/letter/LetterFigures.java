package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.LETTER;

import com.smartpick.advising.base.PerStudent;
import com.smartpick.advising.jooq.tables.Letter;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A student's letter counts as query fragments for other features' statements (the readiness dashboard), correlated
 * with the caller's student-id column. They count letters only; who may read a letter stays {@link LetterService}'s
 * business.
 */
public final class LetterFigures {

    private LetterFigures() {
    }

    public static Field<Integer> approvedCount(Field<Long> studentId) {
        Letter l = LETTER.as("approved_letter");
        return DSL.field(DSL.selectCount().from(l).where(l.STUDENT_ID.eq(studentId))
                .and(l.STATUS.eq(LetterStatus.APPROVED.name())));
    }

    /**
     * {@link #approvedCount} of every student who has an approved letter, as a view to join once to a list of
     * students (the readiness summary): one grouped scan instead of a count per student.
     */
    public static PerStudent<Integer> approvedCounts(String alias) {
        Letter l = LETTER.as(alias + "_letter");
        return PerStudent.of(DSL.select(l.STUDENT_ID.as("student_id"), DSL.count().as("approved")).from(l)
                .where(l.STATUS.eq(DSL.inline(LetterStatus.APPROVED.name()))).groupBy(l.STUDENT_ID), alias);
    }

    /** Letters asked for and not yet approved or declined. */
    public static Field<Integer> openCount(Field<Long> studentId) {
        Letter l = LETTER.as("open_letter");
        return DSL.field(DSL.selectCount().from(l).where(l.STUDENT_ID.eq(studentId))
                .and(l.STATUS.notIn(LetterStatus.APPROVED.name(), LetterStatus.DECLINED.name())));
    }
}
