package com.smartpick.advising.worklist;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.NotificationKind;
import com.smartpick.advising.readiness.Flag;
import com.smartpick.advising.readiness.ReadinessFilter;
import com.smartpick.advising.readiness.ReadinessService;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.season.StudentSeason;
import com.smartpick.advising.season.Task;
import com.smartpick.advising.season.TaskStatus;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.CohortProgress;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Each role's worklist on the real database: only what is theirs to do, of the students they may see. */
@AdvisingTest
@Transactional
class WorklistServiceTest {

    @Autowired DSLContext db;
    @Autowired WorklistService worklist;
    @Autowired RankedListService lists;
    @Autowired AuditTrail audit;
    @Autowired SeasonService seasons;
    @Autowired ReadinessService readiness;
    @Autowired ApplicationTrackerService tracker;
    @Autowired InboxService inbox;
    TestData data;
    TestData.World world;

    @BeforeEach
    void world() {
        data = new TestData(db);
        world = data.world();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Map<String, Integer> countsAs(Viewer viewer) {
        SignIn.as(viewer);
        // a date line (the next milestone) counts nothing: 0 here, so its label is still a key
        return worklist.mine().stream().collect(Collectors.toMap(WorkItem::label,
                item -> item.count() == null ? 0 : item.count(), Integer::sum));
    }

    @Test
    void a_submitted_record_waits_for_the_student_s_mentor_and_advisor_not_for_other_staff() {
        Experiences.insert(db, world.studentA().personId(), "SUBMITTED");

        assertThat(countsAs(world.mentorA())).containsEntry("Records to review", 1);
        assertThat(countsAs(world.advisorA())).containsEntry("Records to review", 1);
        assertThat(countsAs(world.mentorB())).doesNotContainKey("Records to review");
        assertThat(countsAs(world.advisorB())).doesNotContainKey("Records to review");
        assertThat(countsAs(world.studentA())).doesNotContainKey("Records to review");
    }

    @Test
    void a_record_sent_back_waits_for_its_student_only() {
        Experiences.insert(db, world.studentA().personId(), "CHANGES_REQUESTED");

        assertThat(countsAs(world.studentA())).containsEntry("Records sent back for changes", 1);
        assertThat(countsAs(world.studentB())).doesNotContainKey("Records sent back for changes");
    }

    @Test
    void a_requested_letter_waits_for_its_writer_and_a_submitted_one_for_the_student_s_advisor() {
        data.letter(world.studentA().personId(), world.mentorA().personId(), "REQUESTED", false, "");
        data.letter(world.studentA().personId(), world.mentorA().personId(), "SUBMITTED", true, "Strong letter.");

        assertThat(countsAs(world.mentorA())).containsEntry("Letters to write", 1);
        assertThat(countsAs(world.mentorB())).doesNotContainKey("Letters to write");
        assertThat(countsAs(world.advisorA())).containsEntry("Letters to approve", 1);
        assertThat(countsAs(world.advisorB())).doesNotContainKey("Letters to approve");
    }

    @Test
    void a_list_in_review_is_the_advisor_s_to_approve_and_the_mentor_s_to_annotate_each_linking_to_the_student() {
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 30, RecordedInputs.NONE);
        lists.submitForReview(list.id(), list.version());
        String name = world.studentA().displayName();

        SignIn.as(world.advisorA());
        List<WorkItem> advisors = worklist.mine();
        assertThat(advisors).extracting(WorkItem::label).contains("Approve " + name + "'s list (Internal Medicine, version 1)");
        assertThat(advisors).filteredOn(item -> item.label().startsWith("Approve"))
                .allSatisfy(item -> assertThat(item.parameters().get("studentId"))
                        .contains(String.valueOf(world.studentA().personId())));
        assertThat(countsAs(world.mentorA())).containsKey("Annotate " + name + "'s list (Internal Medicine, version 1)");
        assertThat(countsAs(world.advisorB()).keySet()).noneMatch(label -> label.contains(name));
        assertThat(countsAs(world.studentA()).keySet()).noneMatch(label -> label.contains("list ("));
    }

    @Test
    void an_import_refused_whole_is_on_the_admins_worklist() {
        int before = countsAs(world.admin()).getOrDefault("Imports refused in the last 7 days", 0);
        SignIn.as(world.advisorA());
        audit.refused("roster.import", "cohort", world.cohortA(), "file \"roster.csv\": 2 problems");

        assertThat(countsAs(world.admin())).containsEntry("Imports refused in the last 7 days", before + 1);
        assertThat(countsAs(world.advisorA())).doesNotContainKey("Imports refused in the last 7 days");
    }

    @Test
    void nothing_to_do_is_no_line_and_the_most_urgent_comes_first() {
        assertThat(countsAs(world.newStudent())).isEmpty();
        Experiences.insert(db, world.studentA().personId(), "SUBMITTED");
        db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.SUBMITTED_AT, OffsetDateTime.now().minusDays(30))
                .where(EXPERIENCE_RECORD.STUDENT_ID.eq(world.studentA().personId())).execute();
        data.letter(world.studentA().personId(), world.mentorA().personId(), "REQUESTED", false, "");

        SignIn.as(world.mentorA());
        List<WorkItem> items = worklist.mine();
        assertThat(items.get(0).label()).isEqualTo("Records to review");
        assertThat(items.get(0).urgency()).isEqualTo(WorkItem.Urgency.LATE);
    }

    @Test
    void a_student_s_late_and_due_tasks_and_her_cohort_s_next_milestone_are_on_her_worklist_as_her_season_says() {
        SignIn.as(world.studentA());
        StudentSeason season = seasons.mySeason();
        LocalDate today = LocalDate.now();
        List<WorkItem> items = worklist.mine();

        // in the season under way the first tasks (due with ERAS) are past: the line is there and dated by the earliest
        assertThat(season.late()).isPositive();
        WorkItem late = items.stream().filter(item -> item.label().equals("Season tasks late")).findFirst().orElseThrow();
        assertThat(late.count()).isEqualTo((int) season.late());
        assertThat(late.urgency()).isEqualTo(WorkItem.Urgency.LATE);
        assertThat(late.when()).isEqualTo(season.tasks().stream().filter(t -> t.status() == TaskStatus.LATE)
                .map(Task::due).min(LocalDate::compareTo).orElseThrow());
        assertThat(items.stream().anyMatch(item -> item.label().equals("Season tasks due soon")))
                .isEqualTo(season.dueSoon() > 0);
        season.milestones().stream().filter(m -> !m.starts().isBefore(today)).findFirst().ifPresent(next -> {
            WorkItem line = items.stream().filter(item -> item.label().startsWith("Next: ")).findFirst().orElseThrow();
            assertThat(line.label()).startsWith("Next: " + next.milestone().label());
            assertThat(line.count()).isNull();
            assertThat(line.when()).isEqualTo(next.starts());
        });
        assertThat(countsAs(world.advisorA()).keySet()).noneMatch(label -> label.startsWith("Season tasks")
                || label.startsWith("Next: "));
        assertThat(countsAs(world.newStudent()).keySet()).noneMatch(label -> label.startsWith("Next: "));
    }

    @Test
    void an_advisor_hears_of_her_students_with_late_tasks_and_those_who_need_help_with_applications_a_mentor_not() {
        SignIn.as(world.advisorA());
        int late = readiness.count(new ReadinessFilter(Flag.LATE_TASKS, null, null, null));
        long needHelp = tracker.cohortProgress(world.cohortA(), Season.matchYearOn(LocalDate.now())).stream()
                .filter(CohortProgress::needsHelp).count();

        // no one in cohort A has published a list, so each of its students needs help
        assertThat(late).isPositive();
        assertThat(needHelp).isPositive();
        assertThat(countsAs(world.advisorA())).containsEntry("Students with late season tasks", late)
                .containsEntry("Students who need help with their applications", (int) needHelp);
        WorkItem line = worklist.mine().stream().filter(item -> item.label().equals("Students with late season tasks"))
                .findFirst().orElseThrow();
        assertThat(line.query().getSingleParameter("flag")).contains(Flag.LATE_TASKS.name());
        assertThat(countsAs(world.mentorA())).doesNotContainKeys("Students with late season tasks",
                "Students who need help with their applications");
        assertThat(countsAs(world.studentA())).doesNotContainKeys("Students with late season tasks",
                "Students who need help with their applications");
    }

    @Test
    void unread_feedback_is_named_apart_from_the_other_unread_messages() {
        inbox.notify(world.studentA().personId(), NotificationKind.FEEDBACK.code(), "Feedback on your record.", null, null);
        inbox.notify(world.studentA().personId(), NotificationKind.FEEDBACK.code(), "More feedback.", null, null);
        inbox.notify(world.studentA().personId(), NotificationKind.EXPERIENCE_VERIFIED.code(), "Verified.", null, null);

        assertThat(countsAs(world.studentA())).containsEntry("Unread feedback", 2)
                .containsEntry("Unread messages (other)", 1);
        assertThat(countsAs(world.studentB())).doesNotContainKeys("Unread feedback", "Unread messages (other)");
    }

    @Test
    void an_e_mail_given_up_is_on_the_admins_worklist_only() {
        SignIn.as(world.admin());
        int before = countsAs(world.admin()).getOrDefault("E-mails that could not be sent", 0);
        db.insertInto(MAIL_OUTBOX).set(MAIL_OUTBOX.RECIPIENT_ID, world.studentA().personId())
                .set(MAIL_OUTBOX.TO_ADDRESS, "student@example.org").set(MAIL_OUTBOX.KIND, "feedback")
                .set(MAIL_OUTBOX.SUBJECT, "Feedback").set(MAIL_OUTBOX.BODY, "Feedback on your record.")
                .set(MAIL_OUTBOX.UNSUBSCRIBE_URL, "https://example.org/unsubscribe").set(MAIL_OUTBOX.STATUS, "FAILED")
                .set(MAIL_OUTBOX.ATTEMPTS, 8).execute();

        assertThat(countsAs(world.admin())).containsEntry("E-mails that could not be sent", before + 1);
        assertThat(countsAs(world.advisorA())).doesNotContainKey("E-mails that could not be sent");
    }
}
