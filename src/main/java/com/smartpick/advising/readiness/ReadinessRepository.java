package com.smartpick.advising.readiness;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.experience.ExperienceStatus;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.jooq.tables.ExperienceRecord;
import com.smartpick.advising.jooq.tables.Person;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.security.Visibility;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's one query per page: every per-student figure is a scalar subquery correlated with the student's
 * id, so a page of any size costs one statement, and PostgreSQL computes them only for the page's rows (it defers
 * select-list subqueries past ORDER BY … LIMIT when the order does not need them). A new column (letters,
 * SmartPick list status) is one more such field in {@link Columns} and one more record component: no statement
 * per row.
 */
@Repository
class ReadinessRepository {

    private static final String[] STUDENT = {Role.STUDENT.name()};
    private static final List<String> CLINICAL = Arrays.stream(ExperienceType.values()).filter(ExperienceType::clinical)
            .map(Enum::name).toList();
    private static final Field<String> FIRST_SPECIALTY = DSL.field("{0}[1]", String.class, APPLICANT_PROFILE.PREFERRED_SPECIALTIES)
            .as("first_specialty");

    private final DSLContext db;
    private final Visibility visibility;

    ReadinessRepository(DSLContext db, Visibility visibility) {
        this.db = db;
        this.visibility = visibility;
    }

    /** The per-student figures as of one moment (waiting times and durations depend on "today"). */
    private static final class Columns {

        final LocalDate today;
        final OffsetDateTime now;
        final Field<Integer> handsOnDays;
        final Field<Integer> verified;
        final Field<Integer> submitted;
        final Field<OffsetDateTime> oldestSubmitted;
        final Field<OffsetDateTime> lastActivity;
        final Field<String> cohorts;
        final Field<String> mentors;
        final Map<String, Field<?>> sortable;

        Columns(OffsetDateTime now) {
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
                    .where(ENROLLMENT.STUDENT_ID.eq(PERSON.ID))).as("cohorts");
            Person m = PERSON.as("mentor");
            mentors = DSL.field(DSL.select(DSL.listAggDistinct(m.DISPLAY_NAME, ", ").withinGroupOrderBy(m.DISPLAY_NAME))
                    .from(MENTOR_ASSIGNMENT).join(m).on(m.ID.eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                    .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(PERSON.ID))).as("mentors");
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
                    Map.entry("flags", flagCount));
        }

        List<SelectField<?>> select() {
            return List.of(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, APPLICANT_PROFILE.GRADUATION_YEAR,
                    APPLICANT_PROFILE.STEP2CK_SCORE, FIRST_SPECIALTY, cohorts, mentors, handsOnDays, verified, submitted,
                    oldestSubmitted, lastActivity);
        }
    }

    List<ReadinessRow> page(Viewer viewer, ReadinessFilter filter, PageRequest page, OffsetDateTime now) {
        Columns c = new Columns(now);
        return db.select(c.select())
                .from(PERSON).leftJoin(APPLICANT_PROFILE).on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID))
                .where(students(viewer, filter, c))
                .orderBy(orderBy(page, c))
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> row(r, c));
    }

    int count(Viewer viewer, ReadinessFilter filter, OffsetDateTime now) {
        Columns c = new Columns(now);
        return db.fetchCount(DSL.selectOne().from(PERSON).leftJoin(APPLICANT_PROFILE)
                .on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID)).where(students(viewer, filter, c)));
    }

    ReadinessSummary summary(Viewer viewer, ReadinessFilter filter, OffsetDateTime now) {
        Columns c = new Columns(now);
        List<Field<Integer>> perFlag = Arrays.stream(Flag.values())
                .<Field<Integer>>map(f -> DSL.count().filterWhere(flagged(f, c))).toList();
        Field<Integer> ready = DSL.count().filterWhere(DSL.and(Arrays.stream(Flag.values()).map(f -> DSL.not(flagged(f, c))).toList()));
        List<SelectField<?>> fields = new ArrayList<>(perFlag);
        fields.add(DSL.count());
        fields.add(ready);
        fields.add(DSL.avg(APPLICANT_PROFILE.STEP2CK_SCORE));
        Record r = db.select(fields).from(PERSON).leftJoin(APPLICANT_PROFILE).on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID))
                .where(students(viewer, filter, c)).fetchSingle();
        Map<Flag, Integer> flagged = new EnumMap<>(Flag.class);
        for (Flag flag : Flag.values()) {
            flagged.put(flag, r.get(flag.ordinal(), Integer.class));
        }
        var average = r.get(fields.size() - 1, java.math.BigDecimal.class);
        return new ReadinessSummary(r.get(perFlag.size(), Integer.class), r.get(perFlag.size() + 1, Integer.class), flagged,
                average == null ? null : average.doubleValue());
    }

    List<Choice> cohortChoices(Viewer viewer) {
        return db.select(COHORT.ID, COHORT.NAME).from(COHORT)
                .where(visibility.cohortsRunBy(viewer, COHORT.ID)).and(COHORT.ARCHIVED.isFalse())
                .orderBy(COHORT.NAME)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    /** Mentors of the students the viewer sees. */
    List<Choice> mentorChoices(Viewer viewer) {
        Person m = PERSON.as("mentor");
        return db.selectDistinct(m.ID, m.DISPLAY_NAME).from(MENTOR_ASSIGNMENT).join(m).on(m.ID.eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .where(visibility.students(viewer, MENTOR_ASSIGNMENT.STUDENT_ID))
                .orderBy(m.DISPLAY_NAME, m.ID)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    private Condition students(Viewer viewer, ReadinessFilter filter, Columns c) {
        Condition condition = PERSON.ROLES.contains(STUDENT).and(visibility.students(viewer, PERSON.ID));
        if (filter.cohortId() != null) {
            condition = condition.and(PERSON.ID.in(DSL.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT)
                    .where(ENROLLMENT.COHORT_ID.eq(filter.cohortId()))));
        }
        if (filter.mentorId() != null) {
            condition = condition.and(PERSON.ID.in(DSL.select(MENTOR_ASSIGNMENT.STUDENT_ID).from(MENTOR_ASSIGNMENT)
                    .where(MENTOR_ASSIGNMENT.MENTOR_ID.eq(filter.mentorId()))));
        }
        if (filter.specialty() != null) {
            condition = condition.and(APPLICANT_PROFILE.PREFERRED_SPECIALTIES.contains(new String[] {filter.specialty().name()}));
        }
        if (filter.flag() != null) {
            condition = condition.and(flagged(filter.flag(), c));
        }
        return condition;
    }

    /** The SQL twin of {@link FlagRules}: both must say the same of every student (a test holds them to it). */
    private static Condition flagged(Flag flag, Columns c) {
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
            case NO_MENTOR -> DSL.notExists(DSL.selectOne().from(MENTOR_ASSIGNMENT).where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(PERSON.ID)));
            case GRADUATED_LONG_AGO -> APPLICANT_PROFILE.GRADUATION_YEAR.lt(c.today.getYear() - Flag.GRADUATION_YEARS);
        };
    }

    /** Current verified, hands-on, clinical, in the US, begun by today: what counts as hands-on USCE. */
    private static Condition handsOnUsce(ExperienceRecord e, LocalDate today) {
        return e.STUDENT_ID.eq(PERSON.ID).and(currentVerified(e)).and(e.HANDS_ON.isTrue()).and(e.COUNTRY.eq("US"))
                .and(e.EXPERIENCE_TYPE.in(CLINICAL)).and(e.START_DATE.le(today));
    }

    /** DESIGN of V3: the current verified row of an experience is VERIFIED and not superseded. */
    private static Condition currentVerified(ExperienceRecord e) {
        return e.STATUS.eq(ExperienceStatus.VERIFIED.name()).and(e.SUPERSEDED_BY.isNull());
    }

    private static List<SortField<?>> orderBy(PageRequest page, Columns c) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageRequest.Sort sort : page.sorts()) {
            Field<?> field = c.sortable.get(sort.key());
            if (field != null) {
                order.add(sort.ascending() ? field.asc().nullsLast() : field.desc().nullsLast());
            }
        }
        order.add(PERSON.DISPLAY_NAME.asc());
        order.add(PERSON.ID.asc());
        return order;
    }

    private static ReadinessRow row(Record r, Columns c) {
        return new ReadinessRow(r.get(PERSON.ID), r.get(PERSON.DISPLAY_NAME), r.get(PERSON.EMAIL),
                orEmpty(r.get(c.cohorts)), orEmpty(r.get(c.mentors)), r.get(FIRST_SPECIALTY),
                r.get(APPLICANT_PROFILE.GRADUATION_YEAR), r.get(APPLICANT_PROFILE.STEP2CK_SCORE),
                r.get(c.handsOnDays), r.get(c.verified), r.get(c.submitted), r.get(c.oldestSubmitted), r.get(c.lastActivity),
                List.of()).withFlags(c.now);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
