package com.smartpick.advising.readiness;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.LETTER;
import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.season.Milestone;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import java.time.OffsetDateTime;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.ExperienceData;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.StatementCounter;
import com.smartpick.advising.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The readiness dashboard against the real database: figures, flags and their reasons, filters, paging, export. */
@AdvisingTest
@Import(StatementCounter.Registration.class)
@Transactional
class ReadinessQueryTest {

    @Autowired DSLContext db;
    @Autowired ReadinessService readiness;
    @Autowired ExperienceService experiences;
    @Autowired RankedListService rankedLists;
    @Autowired SeasonService seasons;

    TestData data;
    ExperienceData experience;
    Viewer advisor;
    Viewer mentor;
    long cohort;
    Viewer ready;
    Viewer flagged;
    Viewer longAgo;

    @BeforeEach
    void cohortOfThree() {
        data = new TestData(db);
        experience = new ExperienceData(db);
        advisor = data.person("Advisor", Role.ADVISOR);
        mentor = data.person("Mentor", Role.MENTOR);
        cohort = data.cohort("Readiness cohort", advisor);
        ready = data.person("A ready student", Role.STUDENT);
        flagged = data.person("B flagged student", Role.STUDENT);
        longAgo = data.person("C long-ago graduate", Role.STUDENT);
        for (Viewer s : List.of(ready, flagged, longAgo)) {
            data.enroll(cohort, s);
        }
        data.assign(cohort, ready, mentor);
        data.assign(cohort, longAgo, mentor);
        data.profile(ready, "India", 250);
        db.update(APPLICANT_PROFILE).set(APPLICANT_PROFILE.PREFERRED_SPECIALTIES, new String[] {"INTERNAL_MEDICINE"})
                .where(APPLICANT_PROFILE.STUDENT_ID.eq(ready.personId())).execute();
        data.profile(longAgo, "Egypt", 230);
        db.update(APPLICANT_PROFILE).set(APPLICANT_PROFILE.GRADUATION_YEAR, Year.now().getValue() - 8)
                .where(APPLICANT_PROFILE.STUDENT_ID.eq(longAgo.personId())).execute();

        // January to March and March to April 2025 overlap in March: 120 days in all, not 151
        experience.record(ready, "VERIFIED", true, "US", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), 30);
        long older = experience.record(ready, "VERIFIED", true, "US", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10), 40);
        long newer = experience.record(ready, "VERIFIED", true, "US", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), 20);
        experience.supersede(older, newer);
        experience.record(ready, "VERIFIED", false, "US", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), 30);
        experience.record(ready, "VERIFIED", true, "IN", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30), 30);
        experience.record(ready, "SUBMITTED", true, "US", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), 2);
        experience.record(flagged, "SUBMITTED", true, "US", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), 10);
        experience.record(flagged, "DRAFT", true, "US", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 30), 0);

        // someone else's cohort, never shown
        Viewer otherAdvisor = data.person("Other advisor", Role.ADVISOR);
        data.enroll(data.cohort("Other cohort", otherAdvisor), data.person("Foreign student", Role.STUDENT));
        SignIn.as(advisor);
        // the season's tasks fall due later, so only the test of late tasks has any
        for (Milestone m : List.of(Milestone.APPLICATIONS_SUBMIT, Milestone.SIGNALS_DEADLINE, Milestone.ROL_DEADLINE)) {
            seasons.adjust(cohort, m, 0, LocalDate.now().plusDays(30), null);
        }
    }

    @Test
    void late_season_tasks_flag_a_student_alike_in_sql_and_in_java() {
        seasons.adjust(cohort, Milestone.APPLICATIONS_SUBMIT, 1, LocalDate.now().minusDays(1), null);
        List<ReadinessRow> all = readiness.page(ReadinessFilter.NONE, new PageRequest(0, 50, List.of()));
        for (ReadinessRow row : all) {
            long late = seasons.studentSeason(row.studentId()).late();
            assertThat(late).isPositive();
            assertThat(row.lateTasks()).isEqualTo(late);
            assertThat(row.flags()).extracting(FlagReason::flag).contains(Flag.LATE_TASKS);
        }
        ReadinessFilter byFlag = new ReadinessFilter(Flag.LATE_TASKS, null, null, null);
        assertThat(ids(readiness.page(byFlag, new PageRequest(0, 50, List.of())))).containsExactlyElementsOf(ids(all));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void each_student_gets_their_figures_with_overlapping_hands_on_us_periods_counted_once() {
        ReadinessRow row = row(ready);
        assertThat(row.handsOnUsceDays()).isEqualTo(120);
        assertThat(row.handsOnUsceMonths()).isEqualTo(3.9);
        assertThat(row.verifiedRecords()).isEqualTo(4);
        assertThat(row.submittedRecords()).isEqualTo(1);
        assertThat(row.step2ckScore()).isEqualTo(250);
        assertThat(row.specialty()).isEqualTo("INTERNAL_MEDICINE");
        assertThat(row.mentors()).isEqualTo(mentor.displayName());
        assertThat(row.lastActivity()).isNotNull();
        assertThat(row.flags()).isEmpty();
    }

    @Test
    void each_row_shows_the_students_letters_and_where_their_newest_smartpick_list_stands() {
        letter(ready, "APPROVED", "TEXT");
        letter(ready, "APPROVED", "TEXT");
        letter(ready, "REQUESTED", "NONE");
        letter(ready, "DECLINED", "NONE");
        RankedList first = rankedLists.run(ready.personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        rankedLists.submitForReview(first.id(), first.version());

        assertThat(row(ready).approvedLetters()).isEqualTo(2);
        assertThat(row(ready).openLetters()).isEqualTo(1);
        assertThat(row(ready).newestListStatus()).isEqualTo("IN_REVIEW");
        rankedLists.run(ready.personId(), Specialty.INTERNAL_MEDICINE, 12, RecordedInputs.NONE);
        assertThat(row(ready).newestListStatus()).isEqualTo("DRAFT");
        assertThat(row(flagged).approvedLetters()).isZero();
        assertThat(row(flagged).newestListStatus()).isNull();
        assertThat(StatementCounter.INSTANCE.during(() -> readiness.page(ReadinessFilter.NONE,
                new PageRequest(0, 500, List.of(new PageRequest.Sort("letters", false), new PageRequest.Sort("list", true)))))).isEqualTo(1);
        assertThat(new String(readiness.exportCsv(ReadinessFilter.NONE, List.of()), StandardCharsets.UTF_8))
                .contains("Approved letters,Open letters,Newest SmartPick list").contains(",2,1,Draft,");
    }

    private void letter(Viewer student, String status, String contentKind) {
        OffsetDateTime requested = OffsetDateTime.now().minusDays(3);
        db.insertInto(LETTER).set(LETTER.STUDENT_ID, student.personId()).set(LETTER.MENTOR_ID, mentor.personId())
                .set(LETTER.SPECIALTY, "Internal Medicine").set(LETTER.PROGRAMS, new String[] {"Test Program"})
                .set(LETTER.WAIVED, true).set(LETTER.WAIVER_RECORDED_AT, requested).set(LETTER.WAIVER_RECORDED_BY, student.personId())
                .set(LETTER.STATUS, status).set(LETTER.CONTENT_KIND, contentKind)
                .set(LETTER.REASON, status.equals("DECLINED") ? "No time" : null).set(LETTER.REQUESTED_AT, requested)
                .execute();
    }

    @Test
    void the_dashboard_counts_hands_on_usce_as_the_experience_feature_does() {
        for (Viewer student : List.of(ready, flagged, longAgo)) {
            assertThat(row(student).handsOnUsceMonths()).isEqualTo(experiences.handsOnUsceMonths(student.personId()));
        }
    }

    @Test
    void flags_carry_their_reason() {
        assertThat(row(flagged).flags()).extracting(FlagReason::flag).containsExactly(
                Flag.NO_HANDS_ON_USCE, Flag.STEP2CK_MISSING, Flag.WAITING_FOR_REVIEW, Flag.NO_MENTOR);
        assertThat(row(flagged).flags().get(2).reason()).startsWith("A record has waited for review 10 days");
        assertThat(row(longAgo).flags()).extracting(FlagReason::flag).containsExactly(Flag.NO_HANDS_ON_USCE, Flag.GRADUATED_LONG_AGO);
        assertThat(row(longAgo).flags().get(1).reason()).isEqualTo("Graduated in " + (Year.now().getValue() - 8) + ", 8 years ago.");
    }

    @Test
    void filtering_by_a_flag_in_sql_finds_exactly_the_rows_that_show_it() {
        List<ReadinessRow> all = readiness.page(ReadinessFilter.NONE, new PageRequest(0, 50, List.of()));
        for (Flag flag : Flag.values()) {
            List<Long> shown = all.stream().filter(r -> r.flags().stream().anyMatch(f -> f.flag() == flag)).map(ReadinessRow::studentId).toList();
            ReadinessFilter byFlag = new ReadinessFilter(flag, null, null, null);
            assertThat(ids(readiness.page(byFlag, new PageRequest(0, 50, List.of())))).as(flag.name()).containsExactlyElementsOf(shown);
            assertThat(readiness.count(byFlag)).isEqualTo(shown.size());
            assertThat(readiness.summary(ReadinessFilter.NONE).flagged(flag)).isEqualTo(shown.size());
        }
    }

    @Test
    void an_advisor_sees_exactly_their_cohorts_students_and_the_summary_adds_up() {
        assertThat(ids(readiness.page(ReadinessFilter.NONE, new PageRequest(0, 50, List.of()))))
                .containsExactly(ready.personId(), flagged.personId(), longAgo.personId());
        ReadinessSummary summary = readiness.summary(ReadinessFilter.NONE);
        assertThat(summary.students()).isEqualTo(3);
        assertThat(summary.ready()).isEqualTo(1);
        assertThat(summary.averageStep2ck()).isEqualTo(240.0);
        assertThat(readiness.cohortChoices()).extracting(Choice::id).containsExactly(cohort);
        assertThat(readiness.mentorChoices()).extracting(Choice::id).containsExactly(mentor.personId());
    }

    @Test
    void filters_by_cohort_mentor_and_specialty() {
        assertThat(readiness.count(new ReadinessFilter(null, cohort, null, null))).isEqualTo(3);
        assertThat(ids(readiness.page(new ReadinessFilter(null, null, mentor.personId(), null), new PageRequest(0, 10, List.of()))))
                .containsExactly(ready.personId(), longAgo.personId());
        assertThat(ids(readiness.page(new ReadinessFilter(null, null, null, Specialty.INTERNAL_MEDICINE), new PageRequest(0, 10, List.of()))))
                .containsExactly(ready.personId());
    }

    @Test
    void the_name_search_ignores_case_and_accents_and_costs_no_second_statement() {
        db.update(PERSON).set(PERSON.DISPLAY_NAME, "Zoë Ñúñez").where(PERSON.ID.eq(flagged.personId())).execute();
        db.update(PERSON).set(PERSON.DISPLAY_NAME, "Nunez in another cohort").where(PERSON.DISPLAY_NAME.eq("Foreign student")).execute();

        assertThat(ids(readiness.page(named("NUNEZ"), new PageRequest(0, 10, List.of())))).containsExactly(flagged.personId());
        assertThat(ids(readiness.page(named(" zoë "), new PageRequest(0, 10, List.of())))).containsExactly(flagged.personId());
        assertThat(readiness.count(named("ñúñ"))).isEqualTo(1);
        assertThat(readiness.count(named("%"))).isZero();
        assertThat(readiness.count(named("  "))).isEqualTo(3);
        assertThat(readiness.summary(named("nunez")).students()).isEqualTo(1);
        assertThat(StatementCounter.INSTANCE.during(() -> readiness.page(named("nunez"), new PageRequest(0, 500, List.of()))))
                .isEqualTo(1);
    }

    @Test
    void the_ready_figure_keeps_only_the_students_without_a_flag() {
        ReadinessFilter readyOnly = new ReadinessFilter(null, null, null, null, true, "");
        assertThat(ids(readiness.page(readyOnly, new PageRequest(0, 10, List.of())))).containsExactly(ready.personId());
        assertThat(readiness.count(readyOnly)).isEqualTo(readiness.summary(ReadinessFilter.NONE).ready());
        assertThat(readyOnly.withoutFigure()).isEqualTo(ReadinessFilter.NONE);
        assertThat(new ReadinessFilter(Flag.NO_MENTOR, cohort, null, null, false, "x").withoutFigure())
                .isEqualTo(new ReadinessFilter(null, cohort, null, null, false, "x"));
    }

    private static ReadinessFilter named(String name) {
        return new ReadinessFilter(null, null, null, null, false, name);
    }

    @Test
    void every_column_sorts_both_ways() {
        for (String key : List.of("name", "cohorts", "mentors", "specialty", "graduationYear", "step2ck", "usce", "verified",
                "submitted", "letters", "list", "lastActivity", "flags")) {
            assertThat(readiness.page(ReadinessFilter.NONE, new PageRequest(0, 10, List.of(new PageRequest.Sort(key, true))))).as(key).hasSize(3);
            assertThat(readiness.page(ReadinessFilter.NONE, new PageRequest(0, 10, List.of(new PageRequest.Sort(key, false))))).as(key).hasSize(3);
        }
        assertThat(ids(readiness.page(ReadinessFilter.NONE, new PageRequest(0, 10, List.of(new PageRequest.Sort("flags", false))))))
                .containsExactly(flagged.personId(), longAgo.personId(), ready.personId());
        assertThat(ids(readiness.page(ReadinessFilter.NONE, new PageRequest(0, 10, List.of(new PageRequest.Sort("usce", false))))).get(0))
                .isEqualTo(ready.personId());
    }

    @Test
    void a_page_costs_one_statement_whatever_its_size_and_sort() {
        PageRequest.Sort byUsce = new PageRequest.Sort("usce", false);
        assertThat(StatementCounter.INSTANCE.during(() -> readiness.page(ReadinessFilter.NONE, new PageRequest(0, 1, List.of())))).isEqualTo(1);
        assertThat(StatementCounter.INSTANCE.during(() -> readiness.page(ReadinessFilter.NONE, new PageRequest(0, 500, List.of())))).isEqualTo(1);
        assertThat(StatementCounter.INSTANCE.during(() -> readiness.page(new ReadinessFilter(Flag.NO_MENTOR, cohort, null, null),
                new PageRequest(0, 500, List.of(byUsce))))).isEqualTo(1);
        assertThat(StatementCounter.INSTANCE.during(() -> readiness.count(ReadinessFilter.NONE))).isEqualTo(1);
    }

    @Test
    void the_export_is_spreadsheet_safe_and_audited() {
        db.update(PERSON).set(PERSON.DISPLAY_NAME, "=HYPERLINK(\"http://evil.invalid\")").where(PERSON.ID.eq(flagged.personId())).execute();
        String csv = new String(readiness.exportCsv(ReadinessFilter.NONE, List.of()), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFStudent,E-mail,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.invalid\"\")\"");
        assertThat(csv.lines()).hasSize(4);
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("readiness.export").and(AUDIT_EVENT.ACTOR_ID.eq(advisor.personId())))).isTrue();
    }

    @Test
    void only_advisors_and_admins_open_the_dashboard() {
        SignIn.as(mentor);
        assertThatThrownBy(() -> readiness.count(ReadinessFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(ready);
        assertThatThrownBy(() -> readiness.summary(ReadinessFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(data.person("Admin", Role.ADMIN));
        assertThat(readiness.count(new ReadinessFilter(null, cohort, null, null))).isEqualTo(3);
    }

    @Test
    void the_chart_is_svg_with_a_bar_per_flag() {
        String svg = ReadinessChart.svg(readiness.summary(ReadinessFilter.NONE));
        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("ready (no flags)").contains("records waiting for review &gt; 7 days");
        assertThat(svg.split("<rect").length - 1).isEqualTo(2 * (Flag.values().length + 1));
    }

    @Test
    void a_relationship_that_ended_is_not_shown_as_a_cohort_a_mentor_or_a_filter_match() {
        // the flagged student was in an old cohort of the same advisor, since archived, where a mentor had her
        Viewer oldMentor = data.person("Old mentor", Role.MENTOR);
        long oldCohort = data.cohort("Old cohort", advisor);
        db.update(COHORT).set(COHORT.ARCHIVED, true).where(COHORT.ID.eq(oldCohort)).execute();
        data.enroll(oldCohort, flagged);
        data.assign(oldCohort, flagged, oldMentor);

        ReadinessRow row = row(flagged);
        assertThat(row.cohorts()).doesNotContain("Old cohort").contains("Readiness cohort");
        assertThat(row.mentors()).isEmpty();
        assertThat(row.flags()).extracting(FlagReason::flag).contains(Flag.NO_MENTOR);
        assertThat(ids(readiness.page(new ReadinessFilter(Flag.NO_MENTOR, null, null, null), new PageRequest(0, 10, List.of()))))
                .contains(flagged.personId());
        assertThat(readiness.mentorChoices()).extracting(Choice::id).doesNotContain(oldMentor.personId());
        assertThat(readiness.page(new ReadinessFilter(null, null, oldMentor.personId(), null), new PageRequest(0, 10, List.of())))
                .isEmpty();
        assertThat(readiness.page(new ReadinessFilter(null, oldCohort, null, null), new PageRequest(0, 10, List.of())))
                .isEmpty();
    }

    private ReadinessRow row(Viewer student) {
        return readiness.page(ReadinessFilter.NONE, new PageRequest(0, 50, List.of())).stream()
                .filter(r -> r.studentId() == student.personId()).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<ReadinessRow> rows) {
        return rows.stream().map(ReadinessRow::studentId).toList();
    }
}
