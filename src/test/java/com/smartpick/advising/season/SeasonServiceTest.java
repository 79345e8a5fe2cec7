package com.smartpick.advising.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.catalog.ProgramCatalog;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.smartpick.signal.SignalService;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.ExperienceData;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The season against the real database: defaults, a cohort's dates, tasks done as the owners' data says, the feed. */
@AdvisingTest
@Transactional
class SeasonServiceTest {

    @Autowired DSLContext db;
    @Autowired SeasonService seasons;
    @Autowired CalendarFeeds feeds;
    @Autowired TaskAnnouncements announcements;
    @Autowired InboxService inbox;
    @Autowired SignalService signals;
    @Autowired ProgramCatalog catalog;
    @Autowired RankedListService rankedLists;

    TestData data;
    Viewer advisor;
    Viewer mentor;
    Viewer student;
    Viewer other;
    long cohort;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void cohortOfTwo() {
        data = new TestData(db);
        advisor = data.person("Advisor", Role.ADVISOR);
        mentor = data.person("Mentor", Role.MENTOR);
        cohort = data.cohort("Season cohort", advisor);
        student = data.person("Student", Role.STUDENT);
        other = data.person("Other student", Role.STUDENT);
        data.enroll(cohort, student);
        data.enroll(cohort, other);
        data.assign(cohort, student, mentor);
        data.profile(student, "India", 245);
        SignIn.as(advisor);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_defaults_are_the_2027_calendar_each_with_its_source_and_unpublished_dates_marked_estimate() {
        Map<Milestone, DefaultDate> dates = SeasonCalendar.current().dates().stream()
                .collect(Collectors.toMap(DefaultDate::milestone, d -> d));

        assertThat(dates.keySet()).containsExactlyInAnyOrder(Milestone.values());
        assertThat(dates.values()).allSatisfy(d -> assertThat(d.source()).isNotBlank());
        assertThat(dates.get(Milestone.ERAS_OPENS).starts()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(dates.get(Milestone.ERAS_OPENS).estimate()).isTrue();
        assertThat(dates.get(Milestone.ERAS_OPENS).source()).contains("June 4, 2025");
        assertThat(dates.get(Milestone.SIGNALS_DEADLINE).starts()).isEqualTo(dates.get(Milestone.APPLICATIONS_SUBMIT).starts());
        assertThat(dates.get(Milestone.ROL_DEADLINE).starts()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(dates.get(Milestone.MATCH_DAY).starts()).isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(dates.get(Milestone.MATCH_DAY).estimate()).isFalse();
        assertThat(dates.get(Milestone.MATCH_WEEK).ends()).isEqualTo(LocalDate.of(2027, 3, 19));
        // the previous season's pattern: the same weekday
        assertThat(dates.get(Milestone.APPLICATIONS_SUBMIT).starts().getDayOfWeek())
                .isEqualTo(LocalDate.of(2025, 9, 3).getDayOfWeek());
    }

    @Test
    void an_advisor_adjusts_a_date_the_default_stays_beside_it_and_a_stale_edit_is_refused() {
        Timeline before = seasons.timeline(cohort);
        assertThat(milestone(before, Milestone.ROL_DEADLINE).adjusted()).isFalse();
        assertThat(milestone(before, Milestone.ROL_DEADLINE).version()).isZero();

        Timeline after = seasons.adjust(cohort, Milestone.ROL_DEADLINE, 0, LocalDate.of(2027, 2, 24), null);

        CohortMilestone rol = milestone(after, Milestone.ROL_DEADLINE);
        assertThat(rol.starts()).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(rol.byDefault().starts()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(rol.adjusted()).isTrue();
        assertThat(rol.differs()).isTrue();
        assertThat(rol.version()).isEqualTo(1);
        assertThat(seasons.studentSeason(student.personId()).tasks().stream()
                .filter(t -> t.kind() == TaskKind.RANK_LIST_CERTIFIED).findFirst().orElseThrow().due())
                .isEqualTo(LocalDate.of(2027, 2, 24));
        // someone who read the default before this adjustment
        assertThatThrownBy(() -> seasons.adjust(cohort, Milestone.ROL_DEADLINE, 0, LocalDate.of(2027, 2, 25), null))
                .isInstanceOf(StaleDataException.class);
        assertThat(seasons.adjust(cohort, Milestone.ROL_DEADLINE, 1, LocalDate.of(2027, 2, 26), null).milestones())
                .filteredOn(m -> m.milestone() == Milestone.ROL_DEADLINE).singleElement()
                .satisfies(m -> assertThat(m.version()).isEqualTo(2));
        // other milestones and other cohorts keep their defaults
        long otherCohort = data.cohort("Other season cohort", advisor);
        assertThat(seasons.timeline(otherCohort).milestones()).allSatisfy(m -> assertThat(m.adjusted()).isFalse());
    }

    @Test
    void bad_dates_are_refused_by_field_and_a_foreign_advisor_finds_no_cohort() {
        assertThatThrownBy(() -> seasons.adjust(cohort, Milestone.MATCH_DAY, 0, LocalDate.of(2031, 3, 19), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("starts"));
        assertThatThrownBy(() -> seasons.adjust(cohort, Milestone.MATCH_WEEK, 0, LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 10)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("ends"));
        assertThatThrownBy(() -> seasons.adjust(cohort, Milestone.MATCH_DAY, 0, LocalDate.of(2027, 3, 19),
                LocalDate.of(2027, 3, 20)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("ends"));
        assertThat(seasons.timeline(cohort).milestones()).noneMatch(CohortMilestone::adjusted);

        SignIn.as(data.person("Foreign advisor", Role.ADVISOR));
        assertThatThrownBy(() -> seasons.timeline(cohort)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> seasons.adjust(cohort, Milestone.MATCH_DAY, 0, LocalDate.of(2027, 3, 18), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> seasons.studentSeason(student.personId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void each_task_is_done_as_the_owners_data_says_and_only_for_its_student() {
        assertThat(done(student)).allSatisfy((kind, done) -> assertThat(done).as(kind.name()).isFalse());

        ExperienceData experience = new ExperienceData(db);
        for (int i = 0; i < 2; i++) {
            experience.record(student, "VERIFIED", true, "US", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), 0);
        }
        experience.record(student, "SUBMITTED", true, "US", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), 0);
        assertThat(done(student).get(TaskKind.EXPERIENCES_VERIFIED)).as("2 verified of 3").isFalse();
        experience.record(student, "VERIFIED", true, "US", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), 0);
        assertThat(done(student).get(TaskKind.EXPERIENCES_VERIFIED)).isTrue();

        for (int i = 0; i < 3; i++) {
            data.letter(student.personId(), mentor.personId(), i == 2 ? "SUBMITTED" : "APPROVED", false, "A letter");
        }
        assertThat(done(student).get(TaskKind.LETTERS_APPROVED)).as("2 approved, 1 submitted").isFalse();
        data.letter(student.personId(), mentor.personId(), "APPROVED", false, "A letter");
        assertThat(done(student).get(TaskKind.LETTERS_APPROVED)).isTrue();

        String program = catalog.programs().stream().filter(p -> p.specialty() == Specialty.INTERNAL_MEDICINE)
                .findFirst().orElseThrow().id();
        signals.place(student.personId(), Specialty.INTERNAL_MEDICINE, program, SignalTier.PRIMARY);
        assertThat(done(student).get(TaskKind.SIGNALS_PLACED)).isTrue();

        RankedList list = rankedLists.run(student.personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        list = rankedLists.submitForReview(list.id(), list.version());
        list = rankedLists.approve(list.id(), list.version());
        assertThat(done(student).get(TaskKind.LIST_PUBLISHED)).as("approved, not published").isFalse();
        rankedLists.publish(list.id(), list.version());
        assertThat(done(student).get(TaskKind.LIST_PUBLISHED)).isTrue();

        SignIn.as(student);
        assertThatThrownBy(() -> seasons.confirm(TaskKind.LETTERS_APPROVED, true)).isInstanceOf(InvalidInputException.class);
        seasons.confirm(TaskKind.STATEMENT_FINAL, true);
        StudentSeason mine = seasons.confirm(TaskKind.RANK_LIST_CERTIFIED, true);
        assertThat(mine.tasks()).allSatisfy(t -> assertThat(t.status()).as(t.kind().name()).isEqualTo(TaskStatus.DONE));
        assertThat(seasons.confirm(TaskKind.RANK_LIST_CERTIFIED, false).tasks())
                .filteredOn(t -> t.kind() == TaskKind.RANK_LIST_CERTIFIED).singleElement()
                .satisfies(t -> assertThat(t.done()).isFalse());

        SignIn.as(advisor);
        assertThat(done(other)).allSatisfy((kind, done) -> assertThat(done).as("the other student's " + kind).isFalse());
    }

    @Test
    void a_task_is_late_past_its_date_and_due_soon_within_the_office_s_days() {
        seasons.adjust(cohort, Milestone.APPLICATIONS_SUBMIT, 0, today.minusDays(1), null);
        seasons.adjust(cohort, Milestone.SIGNALS_DEADLINE, 0, today.plusDays(3), null);
        seasons.adjust(cohort, Milestone.ROL_DEADLINE, 0, today.plusDays(60), null);

        Map<TaskKind, TaskStatus> status = seasons.studentSeason(student.personId()).tasks().stream()
                .collect(Collectors.toMap(Task::kind, Task::status));

        assertThat(status).containsEntry(TaskKind.LETTERS_APPROVED, TaskStatus.LATE)
                .containsEntry(TaskKind.SIGNALS_PLACED, TaskStatus.DUE_SOON)
                .containsEntry(TaskKind.RANK_LIST_CERTIFIED, TaskStatus.OPEN);
        assertThat(Task.statusOn(today, today, false, 14)).isEqualTo(TaskStatus.DUE_SOON);
        assertThat(Task.statusOn(today, today.minusDays(1), true, 14)).isEqualTo(TaskStatus.DONE);
        assertThat(Task.statusOn(today, null, false, 14)).isEqualTo(TaskStatus.NO_DATE);
    }

    @Test
    void a_student_of_no_current_cohort_has_tasks_without_dates() {
        Viewer alone = data.person("Student without a cohort", Role.STUDENT);
        SignIn.as(alone);

        StudentSeason season = seasons.mySeason();

        assertThat(season.cohortName()).isNull();
        assertThat(season.milestones()).isEmpty();
        assertThat(season.tasks()).allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.NO_DATE));
    }

    @Test
    void announcements_go_out_once_per_task_and_kind() {
        seasons.adjust(cohort, Milestone.APPLICATIONS_SUBMIT, 0, today.minusDays(1), null);
        seasons.adjust(cohort, Milestone.SIGNALS_DEADLINE, 0, today.plusDays(3), null);
        seasons.adjust(cohort, Milestone.ROL_DEADLINE, 0, today.plusDays(60), null);
        SignIn.out();

        announcements.announce();
        int again = announcements.announce();

        assertThat(again).isZero();
        SignIn.as(student);
        Map<String, Long> kinds = inbox.mine().stream().filter(n -> "task".equals(n.subjectType()))
                .collect(Collectors.groupingBy(n -> n.kind() + " " + n.subjectId(), Collectors.counting()));
        // four tasks due on submission are late, signals due soon, the rank order list not yet
        assertThat(kinds).containsOnly(Map.entry("task.late 1", 1L), Map.entry("task.late 2", 1L),
                Map.entry("task.late 3", 1L), Map.entry("task.late 5", 1L), Map.entry("task.due_soon 4", 1L));
    }

    @Test
    void the_feed_is_the_student_s_own_valid_icalendar_and_a_wrong_or_revoked_token_opens_nothing() {
        SignIn.as(student);
        String token = seasons.newFeedToken();
        assertThat(seasons.hasFeed()).isTrue();
        SignIn.out();

        String ics = feeds.feed(token).orElseThrow();

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        List<String> lines = ICalendarLines.unfold(ics);
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("[A-Z-]+(;[^:]*)?:.*"));
        assertThat(ics.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count())
                .isEqualTo(Milestone.values().length + TaskKind.values().length);
        assertThat(lines.stream().filter(l -> l.equals("END:VEVENT")).count())
                .isEqualTo(Milestone.values().length + TaskKind.values().length);
        assertThat(lines).contains("DTSTART;VALUE=DATE:20270319", "SUMMARY:Match Day",
                "DTSTART;VALUE=DATE:20270315", "DTEND;VALUE=DATE:20270320", "SUMMARY:ERAS season opens (estimate)");
        assertThat(ics).doesNotContain(student.displayName()).doesNotContain("India");

        assertThat(feeds.feed(token + "x")).isEmpty();
        assertThat(feeds.feed("")).isEmpty();
        SignIn.as(student);
        String newer = seasons.newFeedToken();
        assertThat(feeds.feed(token)).as("the replaced token").isEmpty();
        seasons.revokeFeed();
        assertThat(feeds.feed(newer)).as("the revoked token").isEmpty();
        assertThat(seasons.hasFeed()).isFalse();
    }

    @Test
    void icalendar_text_is_escaped_and_long_lines_are_folded() {
        assertThat(ICalendar.text("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
        String long_ = new ICalendar("Season", java.time.Instant.parse("2026-12-05T10:00:00Z"))
                .event("uid", LocalDate.of(2027, 3, 19), LocalDate.of(2027, 3, 19), "Match Day",
                        "ü".repeat(100)).end();
        assertThat(long_.split("\r\n")).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(75));
        assertThat(ICalendarLines.unfold(long_)).contains("DESCRIPTION:" + "ü".repeat(100));
    }

    private Map<TaskKind, Boolean> done(Viewer whose) {
        return seasons.studentSeason(whose.personId()).tasks().stream().collect(Collectors.toMap(Task::kind, Task::done));
    }

    private static CohortMilestone milestone(Timeline timeline, Milestone milestone) {
        return timeline.milestones().stream().filter(m -> m.milestone() == milestone).findFirst().orElseThrow();
    }

    /** RFC 5545 3.1 read back: a line starting with a space continues the one before. */
    static final class ICalendarLines {
        static List<String> unfold(String ics) {
            return Arrays.stream(ics.replace("\r\n ", "").split("\r\n")).toList();
        }
    }
}
