package com.smartpick.advising.readiness;


import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.PerStudent;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.experience.ExperienceTotals;
import com.smartpick.advising.profile.ProfileColumns;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.CommonTableExpression;
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

    private static final People STUDENT = ReadinessColumns.STUDENT;
    private static final ProfileColumns PROFILE = ReadinessColumns.PROFILE;
    private static final ExperienceTotals EXPERIENCE = ReadinessColumns.EXPERIENCE;

    /** The sort keys whose figure reads the late season tasks. */
    private static final Set<String> NEED_LATE_TASKS = Set.of("lateTasks", "flags");

    private final DSLContext db;
    private final StudentAccess access;
    private final Relationships relationships;

    ReadinessRepository(DSLContext db, StudentAccess access, Relationships relationships) {
        this.db = db;
        this.access = access;
        this.relationships = relationships;
    }

    /**
     * The page's students are chosen first by id, then their figures computed: with OFFSET, PostgreSQL would compute
     * every figure of every row it skips (page 100 took a second), while the id query computes only what the order
     * needs. Still one statement.
     */
    List<ReadinessRow> page(Viewer viewer, ReadinessFilter filter, PageRequest page, OffsetDateTime now) {
        ReadinessColumns c = ReadinessColumns.forLists(now);
        // the columns sorted on are selected beside the id: the order names them by their aliases
        List<SelectField<?>> idAndSortColumns = new ArrayList<>();
        idAndSortColumns.add(STUDENT.id());
        idAndSortColumns.addAll(sortColumns(page, c));
        boolean lateTasks = lateTasksNeeded(filter) || page.sorts().stream().anyMatch(sort -> NEED_LATE_TASKS.contains(sort.key()));
        Table<?> pageRows = DSL.select(idAndSortColumns)
                .from(studentRows(c, lateTasks))
                .where(students(viewer, filter, c))
                .orderBy(orderBy(page, c))
                .offset(page.offset()).limit(page.limit())
                .asTable("page_rows");
        // the page's rows read their late tasks per row: the season's view would count every student's again
        ReadinessColumns rows = ReadinessColumns.forRows(now);
        return db.select(rows.select())
                .from(studentRows(rows, true))
                .where(STUDENT.id().in(DSL.select(pageRows.field(STUDENT.id())).from(pageRows)))
                .orderBy(orderBy(page, rows))
                .fetch(r -> row(r, rows));
    }

    int count(Viewer viewer, ReadinessFilter filter, OffsetDateTime now) {
        ReadinessColumns c = ReadinessColumns.forLists(now);
        return db.fetchCount(DSL.selectOne().from(studentRows(c, lateTasksNeeded(filter))).where(students(viewer, filter, c)));
    }

    /**
     * Each student's flags are decided once, in a materialized subquery: in one select list PostgreSQL would decide
     * every flag twice, for its own count and again for "ready". The late tasks come from the season's view of every
     * student, joined once, not counted student by student.
     */
    ReadinessSummary summary(Viewer viewer, ReadinessFilter filter, OffsetDateTime now) {
        ReadinessColumns c = ReadinessColumns.forLists(now);
        List<Field<Boolean>> flags = Arrays.stream(Flag.values())
                .map(f -> DSL.field(ReadinessColumns.flagged(f, c)).as(f.name().toLowerCase(Locale.ROOT))).toList();
        Field<Integer> step2ck = PROFILE.step2ckScore().as("step2ck");
        List<SelectField<?>> perStudentFields = new ArrayList<>(flags);
        perStudentFields.add(step2ck);
        CommonTableExpression<?> perStudent = DSL.name("per_student").asMaterialized(
                DSL.select(perStudentFields).from(studentRows(c, true)).where(students(viewer, filter, c)));
        List<Condition> flagged = flags.stream().map(f -> DSL.condition(perStudent.field(f))).toList();
        List<SelectField<?>> fields = new ArrayList<>();
        flagged.forEach(f -> fields.add(DSL.count().filterWhere(f)));
        fields.add(DSL.count());
        fields.add(DSL.count().filterWhere(DSL.and(flagged.stream().map(DSL::not).toList())));
        fields.add(DSL.avg(perStudent.field(step2ck)));
        Record r = db.with(perStudent).select(fields).from(perStudent).fetchSingle();
        Map<Flag, Integer> counts = new EnumMap<>(Flag.class);
        for (Flag flag : Flag.values()) {
            counts.put(flag, r.get(flag.ordinal(), Integer.class));
        }
        var average = r.get(fields.size() - 1, java.math.BigDecimal.class);
        return new ReadinessSummary(r.get(flags.size(), Integer.class), r.get(flags.size() + 1, Integer.class), counts,
                average == null ? null : average.doubleValue());
    }

    List<Choice> cohortChoices(Viewer viewer) {
        return relationships.liveCohortsRunBy(viewer).stream().map(c -> new Choice(c.id(), c.name())).toList();
    }

    /** The current mentors of the students the viewer sees. */
    List<Choice> mentorChoices(Viewer viewer) {
        return relationships.mentorsOfStudentsSeenBy(viewer).stream()
                .map(m -> new Choice(m.id(), m.displayName())).toList();
    }

    /**
     * The students with their profile and experience row, and what the late season tasks read when they are needed:
     * the season's view of every student's count ({@link ReadinessColumns#forLists}) or the current cohort for the
     * count per row ({@link ReadinessColumns#forRows}). PostgreSQL drops the first two joins when nothing reads them,
     * not the third, which would cost every count and page of ids a join over all enrollments.
     */
    private static Table<?> studentRows(ReadinessColumns c, boolean withLateTasks) {
        Table<?> rows = STUDENT.table().leftJoin(PROFILE.table()).on(PROFILE.studentId().eq(STUDENT.id()))
                .leftJoin(EXPERIENCE.table()).on(EXPERIENCE.studentId().eq(STUDENT.id()));
        if (!withLateTasks) {
            return rows;
        }
        PerStudent<Integer> late = c.lateTaskView;
        return late != null ? rows.leftJoin(late.table()).on(late.studentId().eq(STUDENT.id()))
                : rows.leftJoin(ReadinessColumns.CURRENT_COHORT.table())
                        .on(ReadinessColumns.CURRENT_COHORT.studentId().eq(STUDENT.id()));
    }

    private static boolean lateTasksNeeded(ReadinessFilter filter) {
        return filter.flag() == Flag.LATE_TASKS || filter.ready();
    }

    private Condition students(Viewer viewer, ReadinessFilter filter, ReadinessColumns c) {
        Condition condition = STUDENT.isStudent().and(access.students(viewer, STUDENT.id()));
        if (filter.cohortId() != null) {
            condition = condition.and(Relationships.inCohort(STUDENT.id(), filter.cohortId()));
        }
        if (filter.mentorId() != null) {
            condition = condition.and(Relationships.mentoredBy(STUDENT.id(), filter.mentorId()));
        }
        if (filter.specialty() != null) {
            condition = condition.and(PROFILE.preferredSpecialties().contains(new String[] {filter.specialty().name()}));
        }
        if (filter.flag() != null) {
            condition = condition.and(ReadinessColumns.flagged(filter.flag(), c));
        }
        if (filter.ready()) {
            condition = condition.and(ready(c));
        }
        return condition.and(STUDENT.nameMatches(filter.name()));
    }

    private static Condition ready(ReadinessColumns c) {
        return DSL.and(Arrays.stream(Flag.values()).map(f -> DSL.not(ReadinessColumns.flagged(f, c))).toList());
    }

    private static List<Field<?>> sortColumns(PageRequest page, ReadinessColumns c) {
        return page.sorts().stream().<Field<?>>map(sort -> c.sortable.get(sort.key()))
                .filter(field -> field != null && !field.equals(STUDENT.id())).distinct().toList();
    }

    private static List<SortField<?>> orderBy(PageRequest page, ReadinessColumns c) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageRequest.Sort sort : page.sorts()) {
            Field<?> field = c.sortable.get(sort.key());
            if (field != null) {
                order.add(sort.ascending() ? field.asc().nullsLast() : field.desc().nullsLast());
            }
        }
        order.add(STUDENT.displayName().asc());
        order.add(STUDENT.id().asc());
        return order;
    }

    private static ReadinessRow row(Record r, ReadinessColumns c) {
        return new ReadinessRow(r.get(STUDENT.id()), r.get(STUDENT.displayName()), r.get(STUDENT.email()),
                orEmpty(r.get(c.cohorts)), orEmpty(r.get(c.mentors)), r.get(c.firstSpecialty),
                r.get(PROFILE.graduationYear()), r.get(PROFILE.step2ckScore()),
                r.get(c.handsOnDays), r.get(c.verified), r.get(c.submitted), r.get(c.oldestSubmitted), r.get(c.lastActivity),
                r.get(c.approvedLetters), r.get(c.openLetters), r.get(c.newestListStatus), r.get(c.lateTasks), List.of())
                .withFlags(c.now);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
