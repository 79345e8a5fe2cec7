package com.smartpick.advising.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.experience.Setting;
import com.smartpick.advising.season.SeasonCalendar;
import com.smartpick.advising.season.TaskKind;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.ExperienceData;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard reads a student's experience figures from the row the database keeps beside her records (V27), and
 * her late season tasks, for the summary, the counts and the sorts, from the season's view of every student's count.
 * Here they are held, after every kind of write, to plain SQL straight over the source tables: the experience figures
 * as the dashboard computed them before V27, the late tasks as {@code Task.statusOn} says LATE (past the date of the
 * task's milestone in the student's current cohort, and not done by the owners' data), for every student, so a write
 * to one student's data is also seen to leave the others' alone. Each case reads one snapshot of the database
 * (repeatable read), so the other test classes that run beside this one cannot change the figures between the two
 * readings.
 */
@AdvisingTest
@Transactional(isolation = Isolation.REPEATABLE_READ)
@Execution(ExecutionMode.CONCURRENT)
class ReadinessFiguresTest {

    /** The dashboard's per-student figures as they were computed before V27: from experience_record, every time. */
    private static final String FROM_THE_RECORDS = """
            select p.id,
                   (select coalesce(sum(upper(r) - lower(r)), 0)::int from unnest((
                        select range_agg(daterange(u.start_date, least(coalesce(u.end_date, {0}), {0}) + 1))
                        from advising.experience_record u
                        where u.student_id = p.id and u.status = 'VERIFIED' and u.superseded_by is null and u.hands_on
                          and u.country = 'US' and u.experience_type = any({1}) and u.start_date <= {0})) r) as days,
                   (select count(*) from advising.experience_record v
                    where v.student_id = p.id and v.status = 'VERIFIED' and v.superseded_by is null)::int as verified,
                   (select count(*) from advising.experience_record s
                    where s.student_id = p.id and s.status = 'SUBMITTED')::int as submitted,
                   (select min(o.submitted_at) from advising.experience_record o
                    where o.student_id = p.id and o.status = 'SUBMITTED') as oldest,
                   (select max(a.updated_at) from advising.experience_record a where a.student_id = p.id) as last_updated
            from advising.person p where p.id = any({2})""";

    /**
     * What a student's tasks read, straight from the source tables: her current cohort (ACTIVE, not archived) and its
     * season, its adjusted dates, and what the owners' data says of each task ({0}: the students, {1}: the Match year).
     */
    private static final String TASK_SOURCES = """
            select p.id, e.cohort_id, c.match_season,
                   (select count(*) from advising.experience_record v
                    where v.student_id = p.id and v.status = 'VERIFIED' and v.superseded_by is null)::int as verified,
                   (select count(*) from advising.letter l where l.student_id = p.id and l.status = 'APPROVED')::int as letters,
                   (select count(*) from advising.placed_signal s where s.student_id = p.id and s.match_year = {1})::int as signals,
                   exists (select from advising.ranked_list r where r.student_id = p.id and r.status = 'PUBLISHED') as published,
                   exists (select from advising.season_task_check t where t.student_id = p.id and t.match_year = {1}
                           and t.task = 'STATEMENT_FINAL') as statement_final,
                   exists (select from advising.season_task_check t where t.student_id = p.id and t.match_year = {1}
                           and t.task = 'RANK_LIST_CERTIFIED') as rank_list_certified,
                   (select d.starts_on from advising.season_date d
                    where d.cohort_id = e.cohort_id and d.milestone = 'APPLICATIONS_SUBMIT') as applications_submit,
                   (select d.starts_on from advising.season_date d
                    where d.cohort_id = e.cohort_id and d.milestone = 'SIGNALS_DEADLINE') as signals_deadline,
                   (select d.starts_on from advising.season_date d
                    where d.cohort_id = e.cohort_id and d.milestone = 'ROL_DEADLINE') as rol_deadline
            from advising.person p
            left join advising.enrollment e on e.student_id = p.id and e.status = 'ACTIVE' and not e.cohort_archived
            left join advising.cohort c on c.id = e.cohort_id
            where p.id = any({0})""";

    private static final List<ExperienceType> TYPES = List.of(ExperienceType.values());
    private static final List<String> COUNTRIES = List.of("US", "US", "US", "IN");

    @Autowired DSLContext db;
    @Autowired ReadinessRepository readiness;
    @Autowired ExperienceService experiences;
    @Autowired CohortService cohorts;
    @Autowired RankedListService rankedLists;

    TestData data;
    Viewer advisor;
    Viewer otherAdvisor;
    /** An admin: the dashboard of every student, the one elsewhere included. */
    Viewer admin;
    long cohort;
    long otherCohort;
    List<Viewer> students;
    /** Enrolled in another advisor's cohort: never on this advisor's dashboard, but its figures are checked too. */
    Viewer elsewhere;

    @BeforeEach
    void twoCohorts() {
        data = new TestData(db);
        advisor = data.person("Figures advisor", Role.ADVISOR);
        cohort = data.cohort("Figures cohort", advisor);
        otherAdvisor = data.person("Other advisor", Role.ADVISOR);
        otherCohort = data.cohort("Other cohort", otherAdvisor);
        admin = data.person("Figures admin", Role.ADMIN);
        students = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Viewer student = data.person("Figures student " + i, Role.STUDENT);
            data.enroll(cohort, student);
            students.add(student);
        }
        elsewhere = data.person("Figures student elsewhere", Role.STUDENT);
        data.enroll(otherCohort, elsewhere);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_figures_equal_the_records_after_every_kind_of_write_on_random_data() {
        Random random = new Random(16);
        List<Viewer> everyone = new ArrayList<>(students);
        everyone.add(elsewhere);
        for (int step = 0; step < 120; step++) {
            Viewer student = everyone.get(random.nextInt(everyone.size()));
            write(student, random);
            assertFiguresEqualTheRecords();
        }
        assertThat(db.fetchCount(DSL.table("advising.experience_record"), DSL.condition("status = 'VERIFIED' and superseded_by is not null")))
                .as("revisions verified on top of verified rows").isPositive();
    }

    @Test
    void the_figures_of_records_written_straight_into_the_table_follow_too() {
        ExperienceData records = new ExperienceData(db);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long older = records.record(students.get(0), "VERIFIED", true, "US", today.minusDays(200), today.minusDays(100), 30);
        long newer = records.record(students.get(0), "VERIFIED", true, "US", today.minusDays(90), null, 20);
        long waiting = records.record(students.get(1), "SUBMITTED", true, "US", today.minusDays(40), today.minusDays(10), 9);
        assertFiguresEqualTheRecords();
        records.supersede(older, newer);
        assertFiguresEqualTheRecords();
        db.execute("update advising.experience_record set student_id = ? where id = ?", students.get(2).personId(), newer);
        assertFiguresEqualTheRecords();
        db.execute("delete from advising.experience_record where id = ?", waiting);
        assertFiguresEqualTheRecords();
    }

    @Test
    void ongoing_hands_on_experience_grows_with_the_calendar_without_any_write() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        new ExperienceData(db).record(students.get(0), "VERIFIED", true, "US", today.minusDays(9), null, 1);
        new ExperienceData(db).record(students.get(1), "VERIFIED", true, "US", today.minusDays(30), today.plusDays(20), 1);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (OffsetDateTime then : List.of(now.minusDays(20), now, now.plusDays(5), now.plusDays(45))) {
            assertFiguresEqualTheRecords(then);
        }
        assertThat(row(students.get(0), now).handsOnUsceDays()).isEqualTo(10);
        assertThat(row(students.get(0), now.plusDays(5)).handsOnUsceDays()).isEqualTo(15);
        assertThat(row(students.get(0), now.minusDays(20)).handsOnUsceDays()).isZero();
    }

    @Test
    void withdrawal_from_a_cohort_and_a_new_enrollment_move_the_student_off_and_back_on_the_summary() {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            write(students.get(i % students.size()), random);
        }
        Viewer leaving = students.get(0);
        SignIn.as(advisor);
        int before = summary().students();
        cohorts.withdraw(cohort, leaving.personId());
        assertThat(summary().students()).isEqualTo(before - 1);
        assertThat(ids(rows(OffsetDateTime.now(ZoneOffset.UTC)))).doesNotContain(leaving.personId());
        assertFiguresEqualTheRecords();
        cohorts.enroll(cohort, leaving.personId());
        assertThat(summary().students()).isEqualTo(before);
        assertFiguresEqualTheRecords();
    }

    @Test
    void the_late_tasks_follow_letters_signals_lists_confirmations_and_dates_written_at_random() {
        Viewer mentor = data.person("Figures mentor", Role.MENTOR);
        List<Viewer> everyone = new ArrayList<>(students);
        everyone.add(elsewhere);
        Map<Long, Long> listOf = new HashMap<>();
        // a list each for four students of the cohort and the one elsewhere; the fifth has none
        for (Viewer student : List.of(students.get(0), students.get(1), students.get(2), students.get(3), elsewhere)) {
            data.profile(student, "India", 240);
            listOf.put(student.personId(), as(advisorOf(student),
                    () -> rankedLists.run(student.personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE)).id());
        }
        Random random = new Random(5);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // before the default submission date (Sept. 2, 2026) for most of the year, between, and after the ROL deadline
        List<OffsetDateTime> dates = List.of(now.minusDays(100), now, now.plusDays(5), now.plusDays(100));
        for (int step = 0; step < 90; step++) {
            Viewer student = everyone.get(random.nextInt(everyone.size()));
            long id = student.personId();
            LocalDate today = now.toLocalDate();
            switch (random.nextInt(7)) {
                case 0 -> data.letter(id, mentor.personId(), random.nextInt(3) == 0 ? "SUBMITTED" : "APPROVED", false, "A letter");
                case 1 -> db.execute("update advising.letter set status = 'RETURNED', reason = 'Again' where id = "
                        + "(select id from advising.letter where student_id = ? and status = 'APPROVED' limit 1)", id);
                case 2 -> db.execute("""
                        insert into advising.placed_signal (student_id, match_year, specialty, program_id, program_name, tier, placed_by)
                        values (?, ?, 'Internal Medicine', ?, 'A program', 'PRIMARY', ?) on conflict do nothing""",
                        id, random.nextBoolean() ? 2027 : 2026, "P" + random.nextInt(4), id);
                case 3 -> {
                    if (listOf.containsKey(id)) {
                        String status = List.of("DRAFT", "APPROVED", "PUBLISHED", "SUPERSEDED").get(random.nextInt(4));
                        db.execute("update advising.ranked_list set status = ? where id = ?", status, listOf.get(id));
                    } else {
                        db.execute("delete from advising.placed_signal where student_id = ?", id);
                    }
                }
                case 4 -> {
                    String task = random.nextBoolean() ? "STATEMENT_FINAL" : "RANK_LIST_CERTIFIED";
                    int year = random.nextInt(4) == 0 ? 2026 : 2027;
                    if (random.nextInt(3) == 0) {
                        db.execute("delete from advising.season_task_check where student_id = ? and task = ? and match_year = ?",
                                id, task, year);
                    } else {
                        db.execute("insert into advising.season_task_check (student_id, match_year, task) values (?, ?, ?) "
                                + "on conflict do nothing", id, year, task);
                    }
                }
                case 5 -> {
                    long ofCohort = random.nextBoolean() ? cohort : otherCohort;
                    String milestone = List.of("APPLICATIONS_SUBMIT", "SIGNALS_DEADLINE", "ROL_DEADLINE").get(random.nextInt(3));
                    // a milestone without a row is at its default until its first adjustment (the app's role
                    // deletes no dates)
                    LocalDate starts = today.plusDays(random.nextInt(240) - 120);
                    db.execute("""
                            insert into advising.season_date (cohort_id, milestone, starts_on, default_starts_on, version, updated_by)
                            values (?, ?, ?, ?, 1, ?)
                            on conflict (cohort_id, milestone) do update set starts_on = excluded.starts_on""",
                            ofCohort, milestone, starts, starts, advisor.personId());
                }
                default -> new ExperienceData(db).record(student, random.nextInt(4) == 0 ? "SUBMITTED" : "VERIFIED", true, "US",
                        today.minusDays(200), today.minusDays(100), random.nextInt(50));
            }
            for (OffsetDateTime then : step % 10 == 9 ? dates : List.of(dates.get(step % dates.size()))) {
                assertLateTasksEqualTheOwnersData(then);
            }
        }
        assertThat(db.fetchCount(DSL.table("advising.ranked_list"), DSL.condition("status = 'PUBLISHED'")))
                .as("published lists").isPositive();
    }

    /** One write by the service a student or a reviewer would make, on a random record of the student. */
    private void write(Viewer student, Random random) {
        List<ExperienceRecord> own = as(student, experiences::myRecords);
        ExperienceRecord some = own.isEmpty() ? null : own.get(random.nextInt(own.size()));
        try {
            if (some == null || random.nextInt(4) == 0) {
                as(student, () -> experiences.create(randomDetails(random)));
                return;
            }
            switch (some.status()) {
                case DRAFT -> as(student, () -> {
                    if (random.nextInt(3) == 0) {
                        experiences.delete(some.id(), some.version());
                        return null;
                    }
                    return experiences.submit(some.id(), some.version());
                });
                case SUBMITTED -> {
                    switch (random.nextInt(3)) {
                        case 0 -> as(student, () -> experiences.withdraw(some.id(), some.version()));
                        case 1 -> as(advisorOf(student), () -> experiences.requestChanges(some.id(), some.version(), "Add the dates."));
                        default -> as(advisorOf(student), () -> experiences.verify(some.id(), some.version()));
                    }
                }
                case CHANGES_REQUESTED -> as(student, () -> experiences.edit(some.id(), some.version(), randomDetails(random)));
                case VERIFIED -> {
                    if (some.supersededBy() == null) {
                        // a revision: a new draft hangs off the verified row, which counts until the revision is verified
                        as(student, () -> experiences.edit(some.id(), some.version(), randomDetails(random)));
                    }
                }
            }
        } catch (InvalidInputException refused) {
            // a rule said no (e.g. a second open revision): the records are as they were, and still checked
        }
    }

    private Viewer advisorOf(Viewer student) {
        return student.equals(elsewhere) ? otherAdvisor : advisor;
    }

    private static <T> T as(Viewer viewer, Supplier<T> work) {
        SignIn.as(viewer);
        try {
            return work.get();
        } finally {
            SignIn.out();
        }
    }

    private static ExperienceDetails randomDetails(Random random) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate start = today.minusDays(1 + random.nextInt(900));
        boolean ongoing = random.nextInt(4) == 0;
        LocalDate end = ongoing ? (random.nextBoolean() ? null : today.plusDays(random.nextInt(60)))
                : start.plusDays(random.nextInt((int) Math.min(120, ChronoUnit.DAYS.between(start, today) + 1)));
        String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
        return Experiences.with(Experiences.usRotation("Hospital " + random.nextInt(1000)), TYPES.get(random.nextInt(TYPES.size())),
                random.nextInt(5) > 0, country, country.equals("US") ? "IL" : null, "INTERNAL_MEDICINE", Setting.ACADEMIC,
                start, end, ongoing);
    }

    private void assertFiguresEqualTheRecords() {
        assertFiguresEqualTheRecords(OffsetDateTime.now(ZoneOffset.UTC));
    }

    /**
     * Every student's figures on the dashboard (and the one elsewhere, read as an admin) equal the old computation;
     * the summary counts what the rows show; sorting by hands-on USCE orders as the old figures do.
     */
    private void assertFiguresEqualTheRecords(OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        List<Long> everyone = new ArrayList<>(ids(students));
        everyone.add(elsewhere.personId());
        String[] clinical = Arrays.stream(ExperienceType.values()).filter(ExperienceType::clinical).map(Enum::name).toArray(String[]::new);
        Map<Long, Record> expected = db.resultQuery(FROM_THE_RECORDS, DSL.val(today), DSL.val(clinical),
                DSL.val(everyone.toArray(Long[]::new))).fetchMap(r -> r.get("id", Long.class));
        ReadinessFilter ours = new ReadinessFilter(null, null, null, null, false, "Figures student");
        List<ReadinessRow> rows = readiness.page(admin, ours, new PageRequest(0, 1000, List.of()), now);
        assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(everyone);
        for (ReadinessRow row : rows) {
            Record old = expected.get(row.studentId());
            assertThat(row.handsOnUsceDays()).as("hands-on USCE days of %s", row.name()).isEqualTo(old.get("days", Integer.class));
            assertThat(row.verifiedRecords()).as("verified of %s", row.name()).isEqualTo(old.get("verified", Integer.class));
            assertThat(row.submittedRecords()).as("submitted of %s", row.name()).isEqualTo(old.get("submitted", Integer.class));
            assertThat(row.oldestSubmittedAt()).as("oldest submitted of %s", row.name())
                    .isEqualTo(old.get("oldest", OffsetDateTime.class));
            // no profile, never signed in: the last activity is the last change to a record
            assertThat(row.lastActivity()).as("last activity of %s", row.name()).isEqualTo(old.get("last_updated", OffsetDateTime.class));
        }

        List<ReadinessRow> mine = readiness.page(advisor, ReadinessFilter.NONE, new PageRequest(0, 1000, List.of()), now);
        ReadinessSummary summary = readiness.summary(advisor, ReadinessFilter.NONE, now);
        assertThat(summary.students()).isEqualTo(mine.size());
        assertThat(summary.ready()).isEqualTo((int) mine.stream().filter(r -> r.flags().isEmpty()).count());
        for (Flag flag : Flag.values()) {
            assertThat(summary.flagged(flag)).as(flag.name())
                    .isEqualTo((int) mine.stream().filter(r -> r.flags().stream().anyMatch(f -> f.flag() == flag)).count());
            assertThat(readiness.count(advisor, new ReadinessFilter(flag, null, null, null), now)).as(flag.name())
                    .isEqualTo(summary.flagged(flag));
        }
        Comparator<ReadinessRow> byOldFigure = Comparator.<ReadinessRow>comparingInt(
                        r -> -expected.get(r.studentId()).get("days", Integer.class))
                .thenComparing(ReadinessRow::name).thenComparingLong(ReadinessRow::studentId);
        for (boolean ascending : List.of(true, false)) {
            List<ReadinessRow> sorted = readiness.page(advisor, ReadinessFilter.NONE,
                    new PageRequest(0, 1000, List.of(new PageRequest.Sort("usce", ascending))), now);
            Comparator<ReadinessRow> order = ascending
                    ? Comparator.<ReadinessRow>comparingInt(r -> expected.get(r.studentId()).get("days", Integer.class))
                            .thenComparing(ReadinessRow::name).thenComparingLong(ReadinessRow::studentId)
                    : byOldFigure;
            assertThat(ids(sorted)).as("sorted by hands-on USCE").containsExactlyElementsOf(ids(mine.stream().sorted(order).toList()));
        }
        assertLateTasksEqualTheOwnersData(now);
    }

    /**
     * Every student's late tasks on the dashboard (and the one elsewhere, read as an admin) equal the count straight
     * from the source tables; the summary, the count and the page filtered by the flag, and the sorts by late tasks
     * and by flags, agree with them.
     */
    private void assertLateTasksEqualTheOwnersData(OffsetDateTime now) {
        LocalDate today = now.toLocalDate();
        SeasonCalendar calendar = SeasonCalendar.current();
        List<Long> everyone = new ArrayList<>(ids(students));
        everyone.add(elsewhere.personId());
        Map<Long, Integer> expected = new HashMap<>();
        db.resultQuery(TASK_SOURCES, DSL.val(everyone.toArray(Long[]::new)), DSL.inline(calendar.matchYear()))
                .forEach(r -> expected.put(r.get("id", Long.class), lateOn(today, r, calendar)));
        ReadinessFilter ours = new ReadinessFilter(null, null, null, null, false, "Figures student");
        List<ReadinessRow> rows = readiness.page(admin, ours, new PageRequest(0, 1000, List.of()), now);
        assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(everyone);
        for (ReadinessRow row : rows) {
            assertThat(row.lateTasks()).as("late tasks of %s on %s", row.name(), today).isEqualTo(expected.get(row.studentId()));
        }

        List<ReadinessRow> mine = readiness.page(advisor, ReadinessFilter.NONE, new PageRequest(0, 1000, List.of()), now);
        List<Long> late = mine.stream().filter(r -> expected.get(r.studentId()) > 0).map(ReadinessRow::studentId).toList();
        ReadinessFilter lateOnly = new ReadinessFilter(Flag.LATE_TASKS, null, null, null);
        assertThat(readiness.summary(advisor, ReadinessFilter.NONE, now).flagged(Flag.LATE_TASKS)).as("summary, late")
                .isEqualTo(late.size());
        assertThat(readiness.count(advisor, lateOnly, now)).as("count, late").isEqualTo(late.size());
        assertThat(ids(readiness.page(advisor, lateOnly, new PageRequest(0, 1000, List.of()), now))).as("page, late")
                .containsExactlyInAnyOrderElementsOf(late);
        for (boolean ascending : List.of(true, false)) {
            Comparator<ReadinessRow> byLate = Comparator.comparingInt(r -> expected.get(r.studentId()));
            Comparator<ReadinessRow> byFlags = Comparator.comparingInt(r -> r.flags().size());
            assertThat(ids(readiness.page(advisor, ReadinessFilter.NONE,
                    new PageRequest(0, 1000, List.of(new PageRequest.Sort("lateTasks", ascending))), now)))
                    .as("sorted by late tasks").containsExactlyElementsOf(ids(mine.stream()
                            .sorted(thenByName(ascending ? byLate : byLate.reversed())).toList()));
            assertThat(ids(readiness.page(advisor, ReadinessFilter.NONE,
                    new PageRequest(0, 1000, List.of(new PageRequest.Sort("flags", ascending))), now)))
                    .as("sorted by flags").containsExactlyElementsOf(ids(mine.stream()
                            .sorted(thenByName(ascending ? byFlags : byFlags.reversed())).toList()));
        }
    }

    private static Comparator<ReadinessRow> thenByName(Comparator<ReadinessRow> order) {
        return order.thenComparing(ReadinessRow::name).thenComparingLong(ReadinessRow::studentId);
    }

    /** Task.statusOn's LATE, task by task: a date (adjusted, else the calendar's for a cohort of its season), past, not done. */
    private static int lateOn(LocalDate today, Record r, SeasonCalendar calendar) {
        String season = r.get("match_season", String.class);
        int late = 0;
        for (TaskKind kind : TaskKind.values()) {
            LocalDate adjusted = r.get(kind.milestone().name().toLowerCase(Locale.ROOT), LocalDate.class);
            LocalDate due = adjusted != null ? adjusted
                    : r.get("cohort_id", Long.class) != null && calendar.covers(season) ? calendar.of(kind.milestone()).starts() : null;
            int minimum = calendar.minimum(kind);
            boolean done = switch (kind) {
                case EXPERIENCES_VERIFIED -> r.get("verified", Integer.class) >= minimum;
                case LETTERS_APPROVED -> r.get("letters", Integer.class) >= minimum;
                case SIGNALS_PLACED -> r.get("signals", Integer.class) >= minimum;
                case LIST_PUBLISHED -> r.get("published", Boolean.class);
                case STATEMENT_FINAL -> r.get("statement_final", Boolean.class);
                case RANK_LIST_CERTIFIED -> r.get("rank_list_certified", Boolean.class);
            };
            if (!done && due != null && due.isBefore(today)) {
                late++;
            }
        }
        return late;
    }

    private ReadinessSummary summary() {
        return readiness.summary(advisor, ReadinessFilter.NONE, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private List<ReadinessRow> rows(OffsetDateTime now) {
        return readiness.page(advisor, ReadinessFilter.NONE, new PageRequest(0, 1000, List.of()), now);
    }

    private ReadinessRow row(Viewer student, OffsetDateTime now) {
        return rows(now).stream().filter(r -> r.studentId() == student.personId()).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<?> rowsOrPeople) {
        return rowsOrPeople.stream().map(o -> o instanceof ReadinessRow r ? r.studentId() : ((Viewer) o).personId())
                .collect(Collectors.toList());
    }
}
