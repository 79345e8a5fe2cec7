package com.smartpick.advising.statement;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.FEEDBACK;
import static com.smartpick.advising.jooq.Tables.PERSONAL_STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.feedback.Feedback;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.Notification;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class StatementServiceTest {

    @Autowired DSLContext db;
    @Autowired StatementService statements;
    @Autowired FeedbackService feedback;
    @Autowired InboxService inbox;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
        SignIn.as(world.studentA());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_student_keeps_several_drafts() {
        PersonalStatement im = statements.create("Internal Medicine");
        statements.create("Family Medicine");
        statements.save(im.id(), im.version(), "Internal Medicine v2", "I first met internal medicine…");
        assertThat(statements.myDrafts()).extracting(PersonalStatement::title)
                .containsExactly("Internal Medicine v2", "Family Medicine");
    }

    @Test
    void a_save_from_a_stale_screen_is_refused_and_the_first_save_stays() {
        PersonalStatement opened = statements.create("Internal Medicine");
        statements.save(opened.id(), opened.version(), opened.title(), "Saved in the first tab");
        assertThatThrownBy(() -> statements.save(opened.id(), opened.version(), opened.title(), "Saved in the second tab"))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("was changed by someone else");
        assertThat(statements.draft(opened.id()).body()).isEqualTo("Saved in the first tab");
    }

    @Test
    void a_title_is_required_and_the_body_stays_within_the_eras_limit() {
        PersonalStatement draft = statements.create("Draft");
        assertThatThrownBy(() -> statements.save(draft.id(), draft.version(), " ", "x".repeat(StatementService.MAX_BODY + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKeys("title", "body"));
    }

    @Test
    void an_unshared_draft_is_the_students_alone_staff_find_neither_it_nor_its_feedback() {
        PersonalStatement draft = statements.create("Internal Medicine");
        for (var staff : List.of(world.mentorA(), world.advisorA())) {
            SignIn.as(staff);
            assertThat(statements.draftsOf(world.studentA().personId())).isEmpty();
            assertThatThrownBy(() -> statements.draft(draft.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> feedback.onStatement(draft.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> feedback.give(FeedbackAbout.STATEMENT, draft.id(), FeedbackVisibility.STUDENT, "Nice"))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(db.fetchCount(FEEDBACK, FEEDBACK.STATEMENT_ID.eq(draft.id()))).isZero();
    }

    @Test
    void a_shared_draft_reaches_the_students_mentor_and_advisor_who_are_told_and_whose_comments_the_student_reads() {
        PersonalStatement draft = statements.create("Internal Medicine");
        PersonalStatement kept = statements.create("Family Medicine");
        PersonalStatement shared = statements.share(draft.id());
        assertThat(shared.shared()).isTrue();
        assertThat(shared.version()).isEqualTo(draft.version());

        SignIn.as(world.mentorA());
        assertThat(inbox.mine()).extracting(Notification::kind, Notification::subjectType, Notification::subjectId)
                .containsExactly(tuple("statement.shared", StatementService.SHARED_SUBJECT, draft.id()));
        assertThat(statements.draftsOf(world.studentA().personId())).extracting(PersonalStatement::id)
                .containsExactly(draft.id());
        assertThat(statements.draft(draft.id()).studentName()).isEqualTo(world.studentA().displayName());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("statement.read").and(AUDIT_EVENT.SUBJECT_ID.eq(draft.id()))))
                .isEqualTo(1);
        feedback.give(FeedbackAbout.STATEMENT, draft.id(), FeedbackVisibility.STUDENT, "Open with the patient, not the CV.");
        assertThatThrownBy(() -> statements.draft(kept.id())).isInstanceOf(NotFoundException.class);

        SignIn.as(world.advisorA());
        assertThat(inbox.mine()).extracting(Notification::kind).containsExactly("statement.shared");
        assertThat(statements.draft(draft.id()).title()).isEqualTo("Internal Medicine");

        SignIn.as(world.mentorB());
        assertThat(inbox.mine()).isEmpty();
        assertThatThrownBy(() -> statements.draft(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statements.draftsOf(world.studentA().personId())).isInstanceOf(NotFoundException.class);

        SignIn.as(world.studentA());
        assertThat(feedback.onStatement(draft.id())).extracting(Feedback::body).containsExactly("Open with the patient, not the CV.");
        assertThat(inbox.mine()).extracting(Notification::message)
                .containsExactly(world.mentorA().displayName() + " left feedback on your personal-statement draft \"Internal Medicine\".");
        assertThat(statements.myDrafts()).filteredOn(PersonalStatement::shared).extracting(PersonalStatement::id)
                .containsExactly(draft.id());
    }

    @Test
    void un_sharing_takes_the_draft_back_from_staff_and_another_students_draft_cannot_be_shared() {
        PersonalStatement draft = statements.create("Internal Medicine");
        statements.share(draft.id());
        assertThat(statements.unshare(draft.id()).shared()).isFalse();
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> statements.draft(draft.id())).isInstanceOf(NotFoundException.class);

        SignIn.as(world.studentB());
        assertThatThrownBy(() -> statements.share(draft.id())).isInstanceOf(NotFoundException.class);
        assertThat(db.fetchValue(PERSONAL_STATEMENT.SHARED_AT, PERSONAL_STATEMENT.ID.eq(draft.id()))).isNull();
    }
}
