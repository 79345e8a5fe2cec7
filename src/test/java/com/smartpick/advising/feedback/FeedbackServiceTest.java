package com.smartpick.advising.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.Notification;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class FeedbackServiceTest {

    static final String PRIVATE = "Staff only: weak letters, push for a community program.";
    static final String SHARED = "Strong rotation, ask Dr. Roe for a letter.";

    @Autowired DSLContext db;
    @Autowired FeedbackService feedback;
    @Autowired ExperienceService experience;
    @Autowired StatementService statements;
    @Autowired InboxService inbox;
    World world;
    long record;
    long statement;

    @BeforeEach
    void aRecordAndADraftWithFeedbackOfBothKinds() {
        world = new TestData(db).world();
        SignIn.as(world.studentA());
        ExperienceRecord r = experience.create(Experiences.usRotation("Mercy Hospital"));
        record = r.id();
        PersonalStatement s = statements.create("Internal Medicine");
        statement = statements.share(s.id()).id();
        SignIn.as(world.mentorA());
        for (FeedbackVisibility visibility : FeedbackVisibility.values()) {
            String body = visibility == FeedbackVisibility.STUDENT ? SHARED : PRIVATE;
            feedback.give(FeedbackAbout.RECORD, record, visibility, body);
            feedback.give(FeedbackAbout.STATEMENT, statement, visibility, body);
            feedback.give(FeedbackAbout.GENERAL, world.studentA().personId(), visibility, body);
        }
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void staff_read_both_kinds() {
        SignIn.as(world.advisorA());
        assertThat(feedback.onRecord(record)).extracting(Feedback::body).containsExactlyInAnyOrder(SHARED, PRIVATE);
        assertThat(feedback.onStatement(statement)).extracting(Feedback::body).containsExactlyInAnyOrder(SHARED, PRIVATE);
        assertThat(feedback.generalAbout(world.studentA().personId())).extracting(Feedback::visibility)
                .containsExactlyInAnyOrder(FeedbackVisibility.STUDENT, FeedbackVisibility.STAFF_ONLY);
    }

    @Test
    void a_student_never_reads_staff_only_feedback_by_any_service_route() {
        SignIn.as(world.studentA());
        long me = world.studentA().personId();
        assertThat(feedback.onRecord(record)).extracting(Feedback::body).containsExactly(SHARED);
        assertThat(feedback.onStatement(statement)).extracting(Feedback::body).containsExactly(SHARED);
        assertThat(feedback.generalAbout(me)).extracting(Feedback::body).containsExactly(SHARED);
        assertThat(feedback.allAbout(me)).hasSize(3).allMatch(f -> f.visibility() == FeedbackVisibility.STUDENT);
    }

    @Test
    void a_student_is_notified_only_of_feedback_they_may_read() {
        SignIn.as(world.studentA());
        assertThat(inbox.mine()).hasSize(3).extracting(Notification::message).noneMatch(m -> m.contains("Staff only"));
    }

    @Test
    void a_student_who_is_also_a_mentor_still_never_reads_staff_notes_on_their_own_file() {
        SignIn.as(new com.smartpick.advising.security.Viewer(world.studentA().personId(), world.studentA().displayName(),
                java.util.Set.of(com.smartpick.advising.security.Role.STUDENT, com.smartpick.advising.security.Role.MENTOR)));
        assertThat(feedback.allAbout(world.studentA().personId())).noneMatch(f -> f.visibility() == FeedbackVisibility.STAFF_ONLY);
    }

    @Test
    void students_do_not_write_feedback_and_staff_write_only_about_their_own_students() {
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> feedback.give(FeedbackAbout.RECORD, record, FeedbackVisibility.STUDENT, "Looks good"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(world.mentorB());
        assertThatThrownBy(() -> feedback.give(FeedbackAbout.RECORD, record, FeedbackVisibility.STUDENT, "Looks good"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> feedback.onRecord(record)).isInstanceOf(NotFoundException.class);
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> feedback.give(FeedbackAbout.GENERAL, world.studentA().personId(), FeedbackVisibility.STUDENT, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("body"));
    }
}
