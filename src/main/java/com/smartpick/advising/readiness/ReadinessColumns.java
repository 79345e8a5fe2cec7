package com.smartpick.advising.readiness;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.LETTER;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;
import static com.smartpick.advising.jooq.Tables.RANKED_LIST;

import com.smartpick.advising.experience.ExperienceStatus;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.jooq.tables.ExperienceRecord;
import com.smartpick.advising.jooq.tables.Letter;
import com.smartpick.advising.jooq.tables.RankedList;
import com.smartpick.advising.letter.LetterStatus;
import com.smartpick.advising.jooq.tables.Person;
import com.smartpick.advising.security.Visibility;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * The dashboard's per-student figures as correlated scalar subqueries, and the flags as conditions, as of one moment
 * (waiting times and durations depend on "today").
 */
final class ReadinessColumns {

    static final List<String> CLINICAL = Arrays.stream(ExperienceType.values()).filter(ExperienceType::clinical)
            .map(Enum::name).toList();
    static final Field<String> FIRST_SPECIALTY = DSL.field("{0}[1]", String.class, APPLICANT_PROFILE.PREFERRED_SPECIALTIES)
            .as("first_specialty");

    final LocalDate today;
    final OffsetDateTime now;
    final Field<Integer> handsOnDays;
    final Field<Integer> verified;
    final Field<Integer> submitted;
    final Field<OffsetDateTime> oldestSubmitted;
    final Field<OffsetDateTime> lastActivity;
    final Field<String> cohorts;
    final Field<String> mentors;
    final Field<Integer> approvedLetters;
    final Field<Integer> openLetters;
    final Field<String> newestListStatus;
    final Map<String, Field<?>> sortable;

    ReadinessColumns(OffsetDateTime now) {
        this.now = now;
        this.today = now.toLocalDate();
        ExperienceRecord u = EXPERIENCE_RECORD.as("usce");
        // the union of the periods as a multirange: overlapping rotations count once
        Field<Object> periods = DSL.field(DSL.select(DSL.field("range_agg(daterange({0}, least(coalesce({1}, {2}), {2}) + 1))",
                Object.class, u.START_DATE, u.END_DATE, DSL.val(today))).from(u).where(handsOnUsce(u, today)));
        handsOnDays = DSL.field("(select coalesce(sum(upper(r) - lower(r)), 0)::int from unnest({0}) r)", Integer.class, periods)
                .as("hands_on_days");
        ExperienceRecord v = EXPERIENCE_RECORD.as("verified");
        verified = DSL.field(DSL.selectCount().from(v).where(v.STUDENT_ID.eq(PERSON.ID)).and(currentVerified(v))).as("verified");
        ExperienceRecord s = EXPERIENCE_RECORD.as("submitted");
        submitted = DSL.field(DSL.selectCount().from(s).where(s.STUDENT_ID.eq(PERSON.ID))
                .and(s.STATUS.eq(ExperienceStatus.SUBMITTED.name()))).as("submitted");
        ExperienceRecord o = EXPERIENCE_RECORD.as("oldest");
        oldestSubmitted = DSL.field(DSL.select(DSL.min(o.SUBMITTED_AT)).from(o).where(o.STUDENT_ID.eq(PERSON.ID))
                .and(o.STATUS.eq(ExperienceStatus.SUBMITTED.name()))).as("oldest_submitted");
        ExperienceRecord a = EXPERIENCE_RECORD.as("activity");
        lastActivity = DSL.greatest(DSL.field(DSL.select(DSL.max(a.UPDATED_AT)).from(a).where(a.STUDENT_ID.eq(PERSON.ID))),
                APPLICANT_PROFILE.UPDATED_AT, PERSON.LAST_LOGIN_AT).as("last_activity");
        cohorts = DSL.field(DSL.select(DSL.listAgg(COHORT.NAME, ", ").withinGroupOrderBy(COHORT.NAME))
                .from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(ENROLLMENT.STUDENT_ID.eq(PERSON.ID)).and(Visibility.carriesAccess(ENROLLMENT))).as("cohorts");
        Person m = PERSON.as("mentor");
        mentors = DSL.field(DSL.select(DSL.listAggDistinct(m.DISPLAY_NAME, ", ").withinGroupOrderBy(m.DISPLAY_NAME))
                .from(MENTOR_ASSIGNMENT).join(m).on(m.ID.eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .join(ENROLLMENT).on(Visibility.assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(PERSON.ID)).and(Visibility.carriesAccess(ENROLLMENT))).as("mentors");
        Letter l = LETTER.as("approved_letter");
        approvedLetters = DSL.field(DSL.selectCount().from(l).where(l.STUDENT_ID.eq(PERSON.ID))
                .and(l.STATUS.eq(LetterStatus.APPROVED.name()))).as("approved_letters");
        Letter ol = LETTER.as("open_letter");
        openLetters = DSL.field(DSL.selectCount().from(ol).where(ol.STUDENT_ID.eq(PERSON.ID))
                .and(ol.STATUS.notIn(LetterStatus.APPROVED.name(), LetterStatus.DECLINED.name()))).as("open_letters");
        RankedList rl = RANKED_LIST.as("newest_list");
        newestListStatus = DSL.field(DSL.select(rl.STATUS).from(rl).where(rl.STUDENT_ID.eq(PERSON.ID))
                .orderBy(rl.LIST_NO.desc()).limit(1)).as("newest_list_status");
        Field<Integer> flagCount = Arrays.stream(Flag.values())
                .map(f -> DSL.when(flagged(f, this), DSL.inline(1)).otherwise(DSL.inline(0)))
                .reduce(DSL.inline(0), (sum, one) -> sum.plus(one));
        sortable = Map.ofEntries(
                Map.entry("name", PERSON.DISPLAY_NAME),
                Map.entry("cohorts", cohorts),
                Map.entry("mentors", mentors),
                Map.entry("specialty", FIRST_SPECIALTY),
                Map.entry("graduationYear", APPLICANT_PROFILE.GRADUATION_YEAR),
                Map.entry("step2ck", APPLICANT_PROFILE.STEP2CK_SCORE),
                Map.entry("usce", handsOnDays),
                Map.entry("verified", verified),
                Map.entry("submitted", submitted),
                Map.entry("lastActivity", lastActivity),
                Map.entry("letters", approvedLetters),
                Map.entry("list", newestListStatus),
                Map.entry("flags", flagCount));
    }

    List<SelectField<?>> select() {
        return List.of(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, APPLICANT_PROFILE.GRADUATION_YEAR,
                APPLICANT_PROFILE.STEP2CK_SCORE, FIRST_SPECIALTY, cohorts, mentors, handsOnDays, verified, submitted,
                oldestSubmitted, lastActivity, approvedLetters, openLetters, newestListStatus);
    }

    /** The SQL twin of {@link FlagRules}: both must say the same of every student (a test holds them to it). */
    static Condition flagged(Flag flag, ReadinessColumns c) {
        return switch (flag) {
            case NO_HANDS_ON_USCE -> {
                ExperienceRecord u = EXPERIENCE_RECORD.as("usce_any");
                yield DSL.notExists(DSL.selectOne().from(u).where(handsOnUsce(u, c.today)));
            }
            case STEP2CK_MISSING -> APPLICANT_PROFILE.STEP2CK_SCORE.isNull();
            case WAITING_FOR_REVIEW -> {
                ExperienceRecord w = EXPERIENCE_RECORD.as("waiting");
                yield DSL.exists(DSL.selectOne().from(w).where(w.STUDENT_ID.eq(PERSON.ID))
                        .and(w.STATUS.eq(ExperienceStatus.SUBMITTED.name()))
                        .and(w.SUBMITTED_AT.lt(c.now.minusDays(Flag.REVIEW_DAYS))));
            }
            case NO_MENTOR -> DSL.notExists(DSL.selectOne().from(MENTOR_ASSIGNMENT)
                    .join(ENROLLMENT).on(Visibility.assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                    .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(PERSON.ID)).and(Visibility.carriesAccess(ENROLLMENT)));
            case GRADUATED_LONG_AGO -> APPLICANT_PROFILE.GRADUATION_YEAR.lt(c.today.getYear() - Flag.GRADUATION_YEARS);
        };
    }

    /** Current verified, hands-on, clinical, in the US, begun by today: what counts as hands-on USCE. */
    static Condition handsOnUsce(ExperienceRecord e, LocalDate today) {
        return e.STUDENT_ID.eq(PERSON.ID).and(currentVerified(e)).and(e.HANDS_ON.isTrue()).and(e.COUNTRY.eq("US"))
                .and(e.EXPERIENCE_TYPE.in(CLINICAL)).and(e.START_DATE.le(today));
    }

    /** V3's rule: the current verified row of an experience is VERIFIED and not superseded. */
    static Condition currentVerified(ExperienceRecord e) {
        return e.STATUS.eq(ExperienceStatus.VERIFIED.name()).and(e.SUPERSEDED_BY.isNull());
    }
}
