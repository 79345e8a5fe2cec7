package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ExperienceStatus;
import com.smartpick.advising.experience.ui.ExperienceRecordView;
import com.smartpick.advising.experience.ui.MyExperienceView;
import com.smartpick.advising.experience.ui.ReviewQueueView;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.inbox.ui.InboxView;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExperienceViewsTest extends ViewTest {

    static final String PRIVATE = "Staff only: consider a community program.";
    static final String SHARED = "Add the rotation dates from the certificate.";

    @Autowired DSLContext db;
    @Autowired ExperienceService experience;
    @Autowired FeedbackService feedback;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
    }

    private ExperienceRecord submittedRecord() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        return experience.submit(draft.id(), draft.version());
    }

    private void fillEditor(String institution, int hours) {
        test($(TextField.class).withId("experience-institution").single()).setValue(institution);
        test($(TextField.class).withId("experience-city").single()).setValue("Chicago");
        $(ComboBox.class).withId("experience-state").single().setValue("IL");
        $(ComboBox.class).withId("experience-specialty").single().setValue("INTERNAL_MEDICINE");
        $(DatePicker.class).withId("experience-start").single().setValue(LocalDate.of(2025, 1, 6));
        $(DatePicker.class).withId("experience-end").single().setValue(LocalDate.of(2025, 2, 28));
        $(IntegerField.class).withId("experience-hours").single().setValue(hours);
        test($(TextField.class).withId("experience-supervisor").single()).setValue("Dr. Jane Roe");
    }

    @Test
    void a_student_logs_a_record_and_submits_it_from_its_page() {
        SignIn.as(world.studentA());
        navigate("advising/experience", MyExperienceView.class);
        test($(Button.class).withId("experience-new").single()).click();
        fillEditor("Mercy Hospital", 40);
        test($(Button.class).withId("experience-save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ExperienceRecordView.class);
        assertThat($(Span.class).withId("record-status").single().getText()).isEqualTo("Draft");
        test($(Button.class).withId("record-submit").single()).click();
        assertThat($(Span.class).withId("record-status").single().getText()).isEqualTo("Submitted");
        assertThat($(Button.class).withId("record-edit").exists()).isFalse();
    }

    @Test
    void a_rule_broken_in_the_editor_shows_its_message_beside_the_field() {
        SignIn.as(world.studentA());
        navigate("advising/experience", MyExperienceView.class);
        test($(Button.class).withId("experience-new").single()).click();
        fillEditor("Mercy Hospital", 95);
        test($(Button.class).withId("experience-save").single()).click();

        IntegerField hours = $(IntegerField.class).withId("experience-hours").single();
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).isEqualTo("Hours per week must be between 1 and 80.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_mentor_finds_it_in_the_queue_and_asks_for_changes() {
        ExperienceRecord sent = submittedRecord();
        SignIn.as(world.mentorA());
        navigate("advising/review", ReviewQueueView.class);
        Grid<com.smartpick.advising.experience.ReviewItem> grid = $(Grid.class).withId("review-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        TextField search = $(TextField.class).withId("review-search").single();
        test(search).setValue(world.studentA().displayName().toUpperCase(java.util.Locale.ROOT));
        assertThat(test(grid).size()).isEqualTo(1);
        test(search).setValue("nobody of that name");
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("No waiting record of a student of that name.");

        navigate("advising/experience/" + sent.id(), ExperienceRecordView.class);
        test($(TextArea.class).withId("record-change-message").single()).setValue(SHARED);
        test($(Button.class).withId("record-request-changes").single()).click();
        assertThat($(Span.class).withId("record-status").single().getText()).isEqualTo("Changes requested");
    }

    @Test
    void the_student_reads_why_in_the_inbox_with_an_unread_badge_in_the_navigation() {
        ExperienceRecord sent = submittedRecord();
        SignIn.as(world.mentorA());
        experience.requestChanges(sent.id(), sent.version(), SHARED);
        feedback.give(FeedbackAbout.RECORD, sent.id(), FeedbackVisibility.STAFF_ONLY, PRIVATE);

        SignIn.as(world.studentA());
        navigate("advising/inbox", InboxView.class);
        assertThat($(VerticalLayout.class).withId("inbox-list").single().getElement().getTextRecursively()).contains(SHARED);
        assertThat($(VerticalLayout.class).withId("inbox-list").single().getElement().getTextRecursively()).doesNotContain(PRIVATE);
        Span badge = $(Span.class).withId("inbox-unread").single();
        assertThat(badge.getText()).isEqualTo("1");
        test($(Button.class).withId("inbox-mark-all").single()).click();
        assertThat(badge.isVisible()).isFalse();
    }

    @Test
    void the_mentor_verifies_from_the_record_page_but_a_foreign_record_is_not_found() {
        ExperienceRecord sent = submittedRecord();
        SignIn.as(world.mentorA());
        navigate("advising/experience/" + sent.id(), ExperienceRecordView.class);
        test($(Button.class).withId("record-verify").single()).click();
        assertThat($(Span.class).withId("record-status").single().getText()).isEqualTo("Verified");

        SignIn.as(world.mentorB());
        navigate("advising/experience/" + sent.id(), ExperienceRecordView.class);
        assertThat($(H1.class).withId("not-found").exists()).isTrue();
        assertThat($(H1.class).withId("record-title").exists()).isFalse();
    }

    @Test
    void a_student_never_sees_staff_only_feedback_on_the_record_page_while_staff_do() {
        ExperienceRecord sent = submittedRecord();
        SignIn.as(world.mentorA());
        feedback.give(FeedbackAbout.RECORD, sent.id(), FeedbackVisibility.STAFF_ONLY, PRIVATE);
        feedback.give(FeedbackAbout.RECORD, sent.id(), FeedbackVisibility.STUDENT, SHARED);
        navigate("advising/experience/" + sent.id(), ExperienceRecordView.class);
        assertThat(feedbackText()).contains(PRIVATE, SHARED);

        SignIn.as(world.studentA());
        navigate("advising/experience/" + sent.id(), ExperienceRecordView.class);
        assertThat(feedbackText()).contains(SHARED).doesNotContain(PRIVATE);
        assertThat($(TextArea.class).withId("feedback-body").exists()).isFalse();
    }

    @Test
    void staff_write_general_feedback_on_the_student_page() {
        SignIn.as(world.advisorA());
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        test($(TextArea.class).withId("feedback-body").single()).setValue(PRIVATE);
        $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("feedback-visibility").single()
                .setValue(FeedbackVisibility.STAFF_ONLY);
        test($(Button.class).withId("feedback-add").single()).click();
        assertThat(feedbackText()).contains(PRIVATE);
        assertThat($(Grid.class).withId("experience-grid").exists()).isTrue();
    }

    @Test
    void a_student_deletes_a_draft_once_they_confirm_and_cancelling_keeps_it() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        navigate("advising/experience/" + draft.id(), ExperienceRecordView.class);
        test($(Button.class).withId("record-delete").single()).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).withId("record-confirm").single();
        assertThat(test(dialog).getText()).contains("clinical rotation at Mercy Hospital (6 Jan 2025 – 28 Feb 2025)");
        test(dialog).cancel();
        assertThat(experience.myRecords()).extracting(ExperienceRecord::id).containsExactly(draft.id());

        test($(Button.class).withId("record-delete").single()).click();
        test($(ConfirmDialog.class).withId("record-confirm").last()).confirm();
        assertThat(getCurrentView()).isInstanceOf(MyExperienceView.class);
        assertThat(experience.myRecords()).isEmpty();
    }

    @Test
    void a_student_withdraws_a_submission_and_it_leaves_the_mentors_queue() {
        ExperienceRecord sent = submittedRecord();
        navigate("advising/experience/" + sent.id(), ExperienceRecordView.class);
        assertThat($(Button.class).withId("record-delete").exists()).isFalse();
        test($(Button.class).withId("record-withdraw").single()).click();
        test($(ConfirmDialog.class).withId("record-confirm").single()).confirm();
        assertThat($(Span.class).withId("record-status").single().getText()).isEqualTo("Draft");
        assertThat($(Button.class).withId("record-delete").exists()).isTrue();

        SignIn.as(world.mentorA());
        assertThat(experience.reviewQueue("")).isEmpty();
    }

    @Test
    void a_new_record_like_an_existing_one_is_saved_only_once_the_student_confirms_having_read_which() {
        SignIn.as(world.studentA());
        experience.create(Experiences.usRotation("Mercy Hospital"));
        navigate("advising/experience", MyExperienceView.class);
        test($(Button.class).withId("experience-new").single()).click();
        fillEditor("Mercy Hospital", 40);
        test($(Button.class).withId("experience-save").single()).click();
        ConfirmDialog warning = $(ConfirmDialog.class).withId("record-confirm").single();
        assertThat(test(warning).getText()).contains("clinical rotation at Mercy Hospital (6 Jan 2025 – 28 Feb 2025), a draft");
        assertThat(experience.myRecords()).hasSize(1);
        test(warning).confirm();
        assertThat(getCurrentView()).isInstanceOf(ExperienceRecordView.class);
        assertThat(experience.myRecords()).hasSize(2);
    }

    @Test
    void the_mentor_verifying_a_record_like_one_still_pending_is_told_which_and_asked_first() {
        ExperienceRecord first = submittedRecord();
        ExperienceRecord twin = experience.submit(experience.create(Experiences.usRotation("Mercy Hospital")).id(), 0);
        SignIn.as(world.mentorA());
        navigate("advising/experience/" + twin.id(), ExperienceRecordView.class);
        test($(Button.class).withId("record-verify").single()).click();
        ConfirmDialog warning = $(ConfirmDialog.class).withId("record-confirm").single();
        assertThat(test(warning).getText()).contains("Mercy Hospital (6 Jan 2025 – 28 Feb 2025), waiting for review");
        test(warning).cancel();
        assertThat(experience.record(twin.id()).status()).isEqualTo(ExperienceStatus.SUBMITTED);
        test($(Button.class).withId("record-verify").single()).click();
        test($(ConfirmDialog.class).withId("record-confirm").last()).confirm();
        assertThat(experience.record(twin.id()).status()).isEqualTo(ExperienceStatus.VERIFIED);
        assertThat(experience.record(first.id()).status()).isEqualTo(ExperienceStatus.SUBMITTED);
    }

    private String feedbackText() {
        return $(VerticalLayout.class).withId("feedback-list").single().getElement().getTextRecursively();
    }
}
