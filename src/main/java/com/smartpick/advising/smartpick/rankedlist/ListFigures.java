package com.smartpick.advising.smartpick.rankedlist;

import static com.smartpick.advising.jooq.Tables.RANKED_LIST;

import com.smartpick.advising.base.PerStudent;
import com.smartpick.advising.jooq.tables.RankedList;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** A student's ranked lists as query fragments for other features' statements, correlated with their student-id column. */
public final class ListFigures {

    private ListFigures() {
    }

    /** The status of the student's newest list, as its {@link ListStatus} name (null for none). */
    public static Field<String> newestStatus(Field<Long> studentId) {
        RankedList newest = RANKED_LIST.as("newest_list");
        return DSL.field(DSL.select(newest.STATUS).from(newest).where(newest.STUDENT_ID.eq(studentId))
                .orderBy(newest.LIST_NO.desc()).limit(1));
    }

    /** Whether the student has a published list now (publishing a newer version supersedes the older one). */
    public static Condition hasPublished(Field<Long> studentId) {
        RankedList published = RANKED_LIST.as("published_list");
        return DSL.exists(DSL.selectOne().from(published).where(published.STUDENT_ID.eq(studentId))
                .and(published.STATUS.eq(DSL.inline(ListStatus.PUBLISHED.name()))));
    }

    /**
     * {@link #hasPublished} as a view to join once to a list of students (the readiness summary): a row, true, for
     * every student with a published list (one at most, V6's ranked_list_one_published_uq), none for the others.
     */
    public static PerStudent<Boolean> published(String alias) {
        RankedList published = RANKED_LIST.as(alias + "_list");
        return PerStudent.of(DSL.select(published.STUDENT_ID.as("student_id"), DSL.inline(true).as("published"))
                .from(published).where(published.STATUS.eq(DSL.inline(ListStatus.PUBLISHED.name()))), alias);
    }

    /** The interviews SmartPick expects from the student's published list (null while none is published). */
    public static Field<Double> publishedExpectedInterviews(Field<Long> studentId) {
        RankedList published = RANKED_LIST.as("published_list");
        return DSL.field(DSL.select(published.EXPECTED_INTERVIEWS).from(published)
                .where(published.STUDENT_ID.eq(studentId)).and(published.STATUS.eq(ListStatus.PUBLISHED.name())));
    }
}
