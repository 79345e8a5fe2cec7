package com.smartpick.advising.readiness;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.jooq.tables.Person;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.security.Visibility;
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
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's one query per page: every per-student figure is a scalar subquery correlated with the student's
 * id, so a page of any size costs one statement, and PostgreSQL computes them only for the page's rows. A new column (letters,
 * SmartPick list status) is one more such field in {@link ReadinessColumns} and one more record component: no
 * statement per row.
 */
@Repository
class ReadinessRepository {

    private static final String[] STUDENT = {Role.STUDENT.name()};

    private final DSLContext db;
    private final Visibility visibility;

    ReadinessRepository(DSLContext db, Visibility visibility) {
        this.db = db;
        this.visibility = visibility;
    }

    /**
     * The page's students are chosen first by id, then their figures computed: with OFFSET, PostgreSQL would compute
     * every figure of every row it skips (page 100 took a second), while the id query computes only what the order
     * needs. Still one statement.
     */
    List<ReadinessRow> page(Viewer viewer, ReadinessFilter filter, PageRequest page, OffsetDateTime now) {
        ReadinessColumns c = new ReadinessColumns(now);
        List<SortField<?>> order = orderBy(page, c);
        // the columns sorted on are selected beside the id: the order names them by their aliases
        List<SelectField<?>> idAndSortColumns = new ArrayList<>();
        idAndSortColumns.add(PERSON.ID);
        idAndSortColumns.addAll(sortColumns(page, c));
        Table<?> pageRows = DSL.select(idAndSortColumns)
                .from(PERSON).leftJoin(APPLICANT_PROFILE).on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID))
                .where(students(viewer, filter, c))
                .orderBy(order)
                .offset(page.offset()).limit(page.limit())
                .asTable("page_rows");
        return db.select(c.select())
                .from(PERSON).leftJoin(APPLICANT_PROFILE).on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID))
                .where(PERSON.ID.in(DSL.select(pageRows.field(PERSON.ID)).from(pageRows)))
                .orderBy(order)
                .fetch(r -> row(r, c));
    }

    int count(Viewer viewer, ReadinessFilter filter, OffsetDateTime now) {
        ReadinessColumns c = new ReadinessColumns(now);
        return db.fetchCount(DSL.selectOne().from(PERSON).leftJoin(APPLICANT_PROFILE)
                .on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID)).where(students(viewer, filter, c)));
    }

    ReadinessSummary summary(Viewer viewer, ReadinessFilter filter, OffsetDateTime now) {
        ReadinessColumns c = new ReadinessColumns(now);
        List<Field<Integer>> perFlag = Arrays.stream(Flag.values())
                .<Field<Integer>>map(f -> DSL.count().filterWhere(ReadinessColumns.flagged(f, c))).toList();
        Field<Integer> ready = DSL.count().filterWhere(DSL.and(Arrays.stream(Flag.values()).map(f -> DSL.not(ReadinessColumns.flagged(f, c))).toList()));
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

    /** The current mentors of the students the viewer sees. */
    List<Choice> mentorChoices(Viewer viewer) {
        Person m = PERSON.as("mentor");
        return db.selectDistinct(m.ID, m.DISPLAY_NAME).from(MENTOR_ASSIGNMENT).join(m).on(m.ID.eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .join(ENROLLMENT).on(Visibility.assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                .where(visibility.students(viewer, MENTOR_ASSIGNMENT.STUDENT_ID)).and(Visibility.carriesAccess(ENROLLMENT))
                .orderBy(m.DISPLAY_NAME, m.ID)
                .fetch(r -> new Choice(r.value1(), r.value2()));
    }

    private Condition students(Viewer viewer, ReadinessFilter filter, ReadinessColumns c) {
        Condition condition = PERSON.ROLES.contains(STUDENT).and(visibility.students(viewer, PERSON.ID));
        if (filter.cohortId() != null) {
            condition = condition.and(PERSON.ID.in(DSL.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT)
                    .where(ENROLLMENT.COHORT_ID.eq(filter.cohortId())).and(Visibility.carriesAccess(ENROLLMENT))));
        }
        if (filter.mentorId() != null) {
            condition = condition.and(PERSON.ID.in(DSL.select(MENTOR_ASSIGNMENT.STUDENT_ID).from(MENTOR_ASSIGNMENT)
                    .join(ENROLLMENT).on(Visibility.assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                    .where(MENTOR_ASSIGNMENT.MENTOR_ID.eq(filter.mentorId())).and(Visibility.carriesAccess(ENROLLMENT))));
        }
        if (filter.specialty() != null) {
            condition = condition.and(APPLICANT_PROFILE.PREFERRED_SPECIALTIES.contains(new String[] {filter.specialty().name()}));
        }
        if (filter.flag() != null) {
            condition = condition.and(ReadinessColumns.flagged(filter.flag(), c));
        }
        return condition;
    }

    private static List<Field<?>> sortColumns(PageRequest page, ReadinessColumns c) {
        return page.sorts().stream().<Field<?>>map(sort -> c.sortable.get(sort.key()))
                .filter(field -> field != null && !field.equals(PERSON.ID)).distinct().toList();
    }

    private static List<SortField<?>> orderBy(PageRequest page, ReadinessColumns c) {
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

    private static ReadinessRow row(Record r, ReadinessColumns c) {
        return new ReadinessRow(r.get(PERSON.ID), r.get(PERSON.DISPLAY_NAME), r.get(PERSON.EMAIL),
                orEmpty(r.get(c.cohorts)), orEmpty(r.get(c.mentors)), r.get(ReadinessColumns.FIRST_SPECIALTY),
                r.get(APPLICANT_PROFILE.GRADUATION_YEAR), r.get(APPLICANT_PROFILE.STEP2CK_SCORE),
                r.get(c.handsOnDays), r.get(c.verified), r.get(c.submitted), r.get(c.oldestSubmitted), r.get(c.lastActivity),
                r.get(c.approvedLetters), r.get(c.openLetters), r.get(c.newestListStatus), List.of()).withFlags(c.now);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
