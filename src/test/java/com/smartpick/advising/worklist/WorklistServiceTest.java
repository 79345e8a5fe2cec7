package com.smartpick.advising.worklist;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
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

    Map<String, Integer> countsAs(com.smartpick.advising.security.Viewer viewer) {
        SignIn.as(viewer);
        return worklist.mine().stream().collect(Collectors.toMap(WorkItem::label, WorkItem::count, Integer::sum));
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
}
