package com.smartpick.advising.experience;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;

import com.smartpick.advising.jooq.tables.ExperienceRecord;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A student's experience figures as query fragments other features put in their own statements (the readiness
 * dashboard's columns and flags): each is correlated with the caller's student-id column, so a page of students stays
 * one statement. The caller limits its rows to the students the viewer may see; these fragments add no rows of their
 * own.
 */
public final class ExperienceFigures {

    private static final List<String> CLINICAL = Arrays.stream(ExperienceType.values()).filter(ExperienceType::clinical)
            .map(Enum::name).toList();

    private ExperienceFigures() {
    }

    /**
     * The one SQL statement of "current verified" (V3's rule: VERIFIED and not superseded by a later verified
     * revision); {@link com.smartpick.advising.experience.ExperienceRecord#currentVerified()} is its Java twin.
     */
    static Condition currentVerified(ExperienceRecord e) {
        return e.STATUS.eq(ExperienceStatus.VERIFIED.name()).and(e.SUPERSEDED_BY.isNull());
    }

    /** Days of hands-on US clinical experience begun by {@code today}, overlapping periods counted once. */
    public static Field<Integer> handsOnUsceDays(Field<Long> studentId, LocalDate today) {
        ExperienceRecord u = EXPERIENCE_RECORD.as("usce");
        Field<Object> periods = DSL.field(DSL.select(DSL.field("range_agg(daterange({0}, least(coalesce({1}, {2}), {2}) + 1))",
                Object.class, u.START_DATE, u.END_DATE, DSL.val(today))).from(u).where(handsOnUsce(u, studentId, today)));
        return DSL.field("(select coalesce(sum(upper(r) - lower(r)), 0)::int from unnest({0}) r)", Integer.class, periods);
    }

    public static Condition hasHandsOnUsce(Field<Long> studentId, LocalDate today) {
        ExperienceRecord u = EXPERIENCE_RECORD.as("usce_any");
        return DSL.exists(DSL.selectOne().from(u).where(handsOnUsce(u, studentId, today)));
    }

    public static Field<Integer> verifiedCount(Field<Long> studentId) {
        ExperienceRecord v = EXPERIENCE_RECORD.as("verified");
        return DSL.field(DSL.selectCount().from(v).where(v.STUDENT_ID.eq(studentId)).and(currentVerified(v)));
    }

    public static Field<Integer> submittedCount(Field<Long> studentId) {
        ExperienceRecord s = EXPERIENCE_RECORD.as("submitted");
        return DSL.field(DSL.selectCount().from(s).where(s.STUDENT_ID.eq(studentId)).and(submitted(s)));
    }

    /** When the longest-waiting submitted record was submitted (null for none). */
    public static Field<OffsetDateTime> oldestSubmittedAt(Field<Long> studentId) {
        ExperienceRecord o = EXPERIENCE_RECORD.as("oldest");
        return DSL.field(DSL.select(DSL.min(o.SUBMITTED_AT)).from(o).where(o.STUDENT_ID.eq(studentId)).and(submitted(o)));
    }

    /** Whether a record submitted before {@code before} still waits for review. */
    public static Condition waitingForReviewSince(Field<Long> studentId, OffsetDateTime before) {
        ExperienceRecord w = EXPERIENCE_RECORD.as("waiting");
        return DSL.exists(DSL.selectOne().from(w).where(w.STUDENT_ID.eq(studentId)).and(submitted(w))
                .and(w.SUBMITTED_AT.lt(before)));
    }

    /** The last change to any of the student's records (null for none). */
    public static Field<OffsetDateTime> lastUpdatedAt(Field<Long> studentId) {
        ExperienceRecord a = EXPERIENCE_RECORD.as("activity");
        return DSL.field(DSL.select(DSL.max(a.UPDATED_AT)).from(a).where(a.STUDENT_ID.eq(studentId)));
    }

    /** Current verified, hands-on, clinical, in the US, begun by today: what counts as hands-on USCE. */
    private static Condition handsOnUsce(ExperienceRecord e, Field<Long> studentId, LocalDate today) {
        return e.STUDENT_ID.eq(studentId).and(currentVerified(e)).and(e.HANDS_ON.isTrue()).and(e.COUNTRY.eq("US"))
                .and(e.EXPERIENCE_TYPE.in(CLINICAL)).and(e.START_DATE.le(today));
    }

    private static Condition submitted(ExperienceRecord e) {
        return e.STATUS.eq(ExperienceStatus.SUBMITTED.name());
    }
}
