package com.smartpick.advising.experience;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_TOTALS;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A student's experience figures as other features may join them to lists of students (the readiness dashboard):
 * one row per student, which the database writes in the same transaction as every change to her records (V27), so a
 * list of 10,000 students sorts and counts on them without reading their records. Joined on the left: a student
 * without records has no row, and every figure here reads that as none. The caller limits its rows to the students
 * the viewer may see.
 */
public final class ExperienceTotals {

    private final Table<?> table;
    private final Field<Long> studentId;
    private final Field<Object> handsOnUsce;
    private final Field<LocalDate> handsOnUsceFrom;
    private final Field<Integer> verified;
    private final Field<Integer> submitted;
    private final Field<OffsetDateTime> oldestSubmittedAt;
    private final Field<OffsetDateTime> lastUpdatedAt;

    private ExperienceTotals(String alias) {
        table = DSL.select(EXPERIENCE_TOTALS.STUDENT_ID, EXPERIENCE_TOTALS.HANDS_ON_USCE, EXPERIENCE_TOTALS.HANDS_ON_USCE_FROM,
                        EXPERIENCE_TOTALS.VERIFIED, EXPERIENCE_TOTALS.SUBMITTED, EXPERIENCE_TOTALS.OLDEST_SUBMITTED_AT,
                        EXPERIENCE_TOTALS.LAST_UPDATED_AT)
                .from(EXPERIENCE_TOTALS).asTable(alias);
        studentId = table.field(EXPERIENCE_TOTALS.STUDENT_ID);
        handsOnUsce = table.field(EXPERIENCE_TOTALS.HANDS_ON_USCE);
        handsOnUsceFrom = table.field(EXPERIENCE_TOTALS.HANDS_ON_USCE_FROM);
        verified = table.field(EXPERIENCE_TOTALS.VERIFIED);
        submitted = table.field(EXPERIENCE_TOTALS.SUBMITTED);
        oldestSubmittedAt = table.field(EXPERIENCE_TOTALS.OLDEST_SUBMITTED_AT);
        lastUpdatedAt = table.field(EXPERIENCE_TOTALS.LAST_UPDATED_AT);
    }

    public static ExperienceTotals as(String alias) {
        return new ExperienceTotals(alias);
    }

    public Table<?> table() {
        return table;
    }

    public Field<Long> studentId() {
        return studentId;
    }

    /**
     * Days of hands-on US clinical experience up to {@code today}, overlapping periods counted once: the stored periods
     * (ongoing ones open at the top) cut at the end of today, so the figure grows with an ongoing record without any
     * write.
     */
    public Field<Integer> handsOnUsceDays(LocalDate today) {
        return DSL.field("coalesce((select sum(upper(r) - lower(r)) from unnest({0} * datemultirange(daterange(null, {1}))) r), 0)::int",
                Integer.class, handsOnUsce, DSL.val(today.plusDays(1)));
    }

    /** Whether any hands-on US clinical experience had begun by {@code today}; never null. */
    public Condition hasHandsOnUsce(LocalDate today) {
        return handsOnUsceFrom.isNotNull().and(handsOnUsceFrom.le(today));
    }

    /** Current verified records. */
    public Field<Integer> verifiedCount() {
        return DSL.coalesce(verified, 0);
    }

    public Field<Integer> submittedCount() {
        return DSL.coalesce(submitted, 0);
    }

    /** When the longest-waiting submitted record was submitted (null for none). */
    public Field<OffsetDateTime> oldestSubmittedAt() {
        return oldestSubmittedAt;
    }

    /** Whether a record submitted before {@code before} still waits for review; never null. */
    public Condition waitingForReviewSince(OffsetDateTime before) {
        return oldestSubmittedAt.isNotNull().and(oldestSubmittedAt.lt(before));
    }

    /** The last change to any of the student's records (null for none). */
    public Field<OffsetDateTime> lastUpdatedAt() {
        return lastUpdatedAt;
    }
}
