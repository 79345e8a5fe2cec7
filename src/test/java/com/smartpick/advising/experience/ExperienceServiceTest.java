package com.smartpick.advising.experience;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_ATTACHMENT;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_TRANSITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.Notification;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class ExperienceServiceTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired DSLContext db;
    @Autowired ExperienceService experience;
    @Autowired InboxService inbox;
    @Autowired FeedbackService feedback;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ExperienceRecord submitted(String institution) {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation(institution));
        return experience.submit(draft.id(), draft.version());
    }

    @Test
    void a_student_creates_a_draft_and_submits_it_and_the_history_says_who_did_what() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("  Mercy Hospital  "));
        assertThat(draft.status()).isEqualTo(ExperienceStatus.DRAFT);
        assertThat(draft.details().institution()).isEqualTo("Mercy Hospital");

        ExperienceRecord sent = experience.submit(draft.id(), draft.version());
        assertThat(sent.status()).isEqualTo(ExperienceStatus.SUBMITTED);
        assertThat(sent.submittedAt()).isNotNull();
        assertThat(experience.history(sent.id())).extracting(Transition::to, Transition::actorName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ExperienceStatus.DRAFT, world.studentA().displayName()),
                org.assertj.core.groups.Tuple.tuple(ExperienceStatus.SUBMITTED, world.studentA().displayName()));
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_ID.eq(sent.id())
                .and(AUDIT_EVENT.ACTION.in("experience.create", "experience.submit")))).isEqualTo(2);
    }

    @Test
    void the_mentor_sees_it_in_the_queue_verifies_it_and_the_student_is_notified() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        SignIn.as(world.mentorA());
        assertThat(experience.reviewQueue("")).extracting(ReviewItem::recordId).contains(sent.id());
        ExperienceRecord opened = experience.record(sent.id());
        ExperienceRecord verified = experience.verify(opened.id(), opened.version());
        assertThat(verified.status()).isEqualTo(ExperienceStatus.VERIFIED);
        assertThat(verified.reviewedBy()).isEqualTo(world.mentorA().displayName());
        assertThat(experience.reviewQueue("")).extracting(ReviewItem::recordId).doesNotContain(sent.id());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_ID.eq(sent.id())
                .and(AUDIT_EVENT.ACTION.in("experience.read", "experience.verify")))).isEqualTo(2);

        SignIn.as(world.studentA());
        assertThat(inbox.unreadCount()).isEqualTo(1);
        assertThat(inbox.mine()).extracting(Notification::message).first().asString().contains("verified");
        assertThat(experience.mySummary().handsOnUsceMonths()).isEqualTo(1.8);
    }

    @Test
    void the_queue_lists_the_oldest_submission_first_and_only_the_viewers_students() {
        ExperienceRecord first = submitted("First Hospital");
        ExperienceRecord second = submitted("Second Hospital");
        SignIn.as(world.advisorA());
        List<Long> queue = experience.reviewQueue("").stream().map(ReviewItem::recordId).toList();
        assertThat(queue.indexOf(first.id())).isLessThan(queue.indexOf(second.id()));
        SignIn.as(world.mentorB());
        assertThat(experience.reviewQueue("")).extracting(ReviewItem::studentId).doesNotContain(world.studentA().personId());
    }

    @Test
    void changes_requested_reach_the_student_who_fixes_and_resubmits() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        SignIn.as(world.mentorA());
        ExperienceRecord returned = experience.requestChanges(sent.id(), sent.version(), "Add your supervisor's e-mail.");
        assertThat(returned.status()).isEqualTo(ExperienceStatus.CHANGES_REQUESTED);

        SignIn.as(world.studentA());
        assertThat(inbox.mine()).extracting(Notification::message).anyMatch(m -> m.contains("Add your supervisor's e-mail."));
        assertThat(experience.history(sent.id())).last().extracting(Transition::note).isEqualTo("Add your supervisor's e-mail.");
        ExperienceRecord fixed = experience.edit(returned.id(), returned.version(), Experiences.withHours(returned.details(), 36));
        assertThat(fixed.id()).isEqualTo(sent.id());
        assertThat(experience.submit(fixed.id(), fixed.version()).status()).isEqualTo(ExperienceStatus.SUBMITTED);
    }

    @Test
    void a_change_request_note_lands_on_that_records_last_transition_only() {
        ExperienceRecord mine = submitted("Mercy Hospital");
        SignIn.as(world.studentA());
        ExperienceRecord myOther = experience.create(Experiences.usRotation("Other Hospital"));
        SignIn.as(world.studentB());
        ExperienceRecord theirs = experience.submit(experience.create(Experiences.usRotation("Far Hospital")).id(), 0);
        String untouched = history(db, theirs.id(), myOther.id());

        SignIn.as(world.mentorA());
        experience.requestChanges(mine.id(), mine.version(), "Add your supervisor's e-mail.");

        SignIn.as(world.studentA());
        assertThat(experience.history(mine.id())).extracting(Transition::note)
                .containsExactly(null, null, "Add your supervisor's e-mail.");
        assertThat(history(db, theirs.id(), myOther.id())).isEqualTo(untouched);
    }

    /** Every column of the transitions of these records, to show that a write elsewhere left them as they were. */
    private static String history(DSLContext db, long... recordIds) {
        return db.selectFrom(EXPERIENCE_TRANSITION)
                .where(EXPERIENCE_TRANSITION.RECORD_ID.in(java.util.Arrays.stream(recordIds).boxed().toList()))
                .orderBy(EXPERIENCE_TRANSITION.ID).fetch().formatCSV();
    }

    @Test
    void illegal_transitions_are_refused_with_a_clear_message() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> experience.verify(draft.id(), draft.version()))
                .isInstanceOf(InvalidInputException.class).hasMessage("Only a submitted record can be reviewed; this one is draft.");

        SignIn.as(world.studentA());
        ExperienceRecord sent = experience.submit(draft.id(), draft.version());
        assertThatThrownBy(() -> experience.submit(sent.id(), sent.version()))
                .isInstanceOf(InvalidInputException.class).hasMessage("This record is already submitted and waiting for review.");
        assertThatThrownBy(() -> experience.edit(sent.id(), sent.version(), sent.details()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("waiting for review");

        SignIn.as(world.mentorA());
        ExperienceRecord verified = experience.verify(sent.id(), sent.version());
        assertThatThrownBy(() -> experience.requestChanges(verified.id(), verified.version(), "Too late"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("this one is verified (last reviewed by");
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> experience.submit(verified.id(), verified.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("edit it to start a new revision");
    }

    @Test
    void students_do_not_review_and_reviewers_do_not_edit() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        assertThatThrownBy(() -> experience.verify(sent.id(), sent.version())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> experience.edit(sent.id(), sent.version(), sent.details()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void editing_a_verified_record_makes_a_draft_revision_and_the_verified_one_keeps_counting() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        SignIn.as(world.mentorA());
        ExperienceRecord verified = experience.verify(sent.id(), sent.version());

        SignIn.as(world.studentA());
        ExperienceRecord revision = experience.edit(verified.id(), verified.version(),
                Experiences.usRotation("Mercy Hospital", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31)));
        assertThat(revision.id()).isNotEqualTo(verified.id());
        assertThat(revision.status()).isEqualTo(ExperienceStatus.DRAFT);
        assertThat(revision.revisionOf()).isEqualTo(verified.id());
        assertThat(experience.record(verified.id()).currentVerified()).isTrue();
        assertThat(experience.mySummary().handsOnUsceMonths()).isEqualTo(1.8);
        assertThatThrownBy(() -> experience.edit(verified.id(), verified.version(), verified.details()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already open");

        ExperienceRecord resent = experience.submit(revision.id(), revision.version());
        SignIn.as(world.mentorA());
        experience.verify(resent.id(), resent.version());
        SignIn.as(world.studentA());
        assertThat(experience.record(verified.id()).supersededBy()).isEqualTo(revision.id());
        assertThat(experience.myRecords()).extracting(ExperienceRecord::id).contains(revision.id()).doesNotContain(verified.id());
        assertThat(experience.mySummary().handsOnUsceMonths()).isEqualTo(2.8);
        assertThat(experience.history(revision.id())).hasSize(6); // the original's 3 steps, then the revision's 3
    }

    @Test
    void two_sessions_editing_one_record_one_wins_and_the_other_is_told_to_reload() {
        SignIn.as(world.studentA());
        ExperienceRecord opened = experience.create(Experiences.usRotation("Mercy Hospital"));
        experience.edit(opened.id(), opened.version(), Experiences.withHours(opened.details(), 30));
        assertThatThrownBy(() -> experience.edit(opened.id(), opened.version(), Experiences.withHours(opened.details(), 20)))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("was changed by someone else");
        assertThat(experience.record(opened.id()).details().hoursPerWeek()).isEqualTo(30);
    }

    @Test
    void two_reviewers_deciding_at_once_one_wins() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        SignIn.as(world.advisorA());
        experience.verify(sent.id(), sent.version());
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> experience.requestChanges(sent.id(), sent.version(), "Add dates"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(world.advisorA().displayName());
    }

    @Test
    void invalid_details_are_refused_field_by_field() {
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> experience.create(Experiences.withHours(Experiences.usRotation(" "), 90)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("institution", "hoursPerWeek"));
    }

    @Test
    void a_certificate_is_stored_checked_by_content_and_downloadable_by_the_mentor_but_not_by_a_stranger() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        Attachment pdf = experience.attach(draft.id(), "../certificate.pdf", PDF);
        assertThat(pdf.fileName()).isEqualTo("certificate.pdf");
        assertThatThrownBy(() -> experience.attach(draft.id(), "fake.pdf", "<html>".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("attachment"));
        assertThatThrownBy(() -> experience.attach(draft.id(), "big.pdf", new byte[ExperienceService.MAX_ATTACHMENT_BYTES + 1]))
                .isInstanceOf(InvalidInputException.class);

        SignIn.as(world.mentorA());
        UploadedFile file = experience.download(pdf.id());
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.kind()).isEqualTo(UploadedFile.Kind.PDF);
        SignIn.as(world.mentorB());
        assertThatThrownBy(() -> experience.download(pdf.id()))
                .isInstanceOf(com.smartpick.advising.base.NotFoundException.class);
    }

    @Test
    void a_revision_starts_with_the_verified_records_certificates_and_the_verified_files_stay_locked() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        experience.attach(draft.id(), "certificate.pdf", PDF);
        ExperienceRecord sent = experience.submit(draft.id(), draft.version());
        SignIn.as(world.mentorA());
        ExperienceRecord verified = experience.verify(sent.id(), sent.version());
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> experience.attach(verified.id(), "more.pdf", PDF)).isInstanceOf(InvalidInputException.class);
        ExperienceRecord revision = experience.edit(verified.id(), verified.version(), verified.details());
        assertThat(experience.attachments(revision.id())).extracting(Attachment::fileName).containsExactly("certificate.pdf");
    }

    @Test
    void hands_on_usce_months_come_from_verified_records_only() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        SignIn.as(world.mentorA());
        assertThat(experience.handsOnUsceMonths(world.studentA().personId())).isZero();
        experience.verify(sent.id(), sent.version());
        assertThat(experience.handsOnUsceMonths(world.studentA().personId())).isEqualTo(1.8);
    }

    @Test
    void a_student_deletes_a_draft_with_its_certificate_and_nothing_else() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        experience.attach(draft.id(), "certificate.pdf", PDF);
        ExperienceRecord other = experience.create(Experiences.usRotation("Lakeside Clinic"));
        SignIn.as(world.studentB());
        ExperienceRecord theirs = experience.create(Experiences.usRotation("Mercy Hospital"));

        assertThatThrownBy(() -> experience.delete(draft.id(), draft.version())).isInstanceOf(NotFoundException.class);
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> experience.delete(draft.id(), draft.version() + 1)).isInstanceOf(StaleDataException.class);
        experience.delete(draft.id(), draft.version());

        assertThat(db.fetchCount(EXPERIENCE_RECORD, EXPERIENCE_RECORD.ID.eq(draft.id()))).isZero();
        assertThat(db.fetchCount(EXPERIENCE_ATTACHMENT, EXPERIENCE_ATTACHMENT.RECORD_ID.eq(draft.id()))).isZero();
        assertThat(experience.myRecords()).extracting(ExperienceRecord::id).containsExactly(other.id());
        assertThat(experience.record(other.id()).version()).isEqualTo(other.version());
        assertThat(db.fetchCount(EXPERIENCE_RECORD, EXPERIENCE_RECORD.ID.eq(theirs.id()))).isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("experience.delete").and(AUDIT_EVENT.SUBJECT_ID.eq(draft.id()))))
                .isEqualTo(1);
    }

    @Test
    void only_a_draft_is_deleted_a_submitted_record_is_withdrawn_first() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        assertThatThrownBy(() -> experience.delete(sent.id(), sent.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("status"))
                        .isEqualTo("Only a draft can be deleted; this record is waiting for review: withdraw it first."));
        assertThat(experience.record(sent.id()).status()).isEqualTo(ExperienceStatus.SUBMITTED);
    }

    @Test
    void a_withdrawn_submission_leaves_the_queue_and_is_a_draft_again_until_a_reviewer_has_decided() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        ExperienceRecord waiting = submitted("Lakeside Clinic");
        ExperienceRecord back = experience.withdraw(sent.id(), sent.version());
        assertThat(back.status()).isEqualTo(ExperienceStatus.DRAFT);
        assertThat(back.reviewedAt()).isNull();
        assertThat(experience.history(sent.id())).extracting(Transition::to)
                .containsExactly(ExperienceStatus.DRAFT, ExperienceStatus.SUBMITTED, ExperienceStatus.DRAFT);
        assertThat(experience.actionsOn(back)).contains(ExperienceAction.EDIT, ExperienceAction.SUBMIT, ExperienceAction.DELETE);

        SignIn.as(world.mentorA());
        assertThat(experience.reviewQueue("")).extracting(ReviewItem::recordId).containsExactly(waiting.id());
        ExperienceRecord verified = experience.verify(waiting.id(), waiting.version());
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> experience.withdraw(verified.id(), verified.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("status"))
                        .isEqualTo("Only a record waiting for review can be withdrawn; this one is verified."));
    }

    @Test
    void a_record_like_another_is_found_by_type_institution_and_overlapping_dates_but_not_its_own_revision() {
        SignIn.as(world.studentA());
        ExperienceRecord first = experience.create(Experiences.usRotation("Mercy Hospital", LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 2, 28)));
        experience.create(Experiences.usRotation("Mercy Hospital", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)));
        experience.create(Experiences.usRotation("Lakeside Clinic", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 28)));

        assertThat(experience.myLookAlikes(Experiences.usRotation("  mercy   HOSPITAL ", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 14)))).extracting(ExperienceRecord::id).containsExactly(first.id());
        assertThat(experience.lookAlikesOf(first.id())).isEmpty();
        ExperienceRecord twin = experience.create(Experiences.usRotation("Mercy Hospital"));
        assertThat(experience.lookAlikesOf(twin.id())).extracting(ExperienceRecord::id).containsExactly(first.id());
        assertThatThrownBy(() -> experience.myLookAlikes(Experiences.withHours(Experiences.usRotation("Mercy Hospital"), 95)))
                .isInstanceOf(InvalidInputException.class);

        ExperienceRecord sent = submitted("Lakeside Clinic");
        SignIn.as(world.mentorA());
        assertThat(experience.lookAlikesOf(sent.id())).extracting(r -> r.details().institution(), ExperienceRecord::status)
                .containsExactly(tuple("Lakeside Clinic", ExperienceStatus.DRAFT));
        ExperienceRecord verified = experience.verify(sent.id(), sent.version());
        SignIn.as(world.studentA());
        ExperienceRecord revision = experience.edit(verified.id(), verified.version(), Experiences.withHours(verified.details(), 30));
        assertThat(experience.lookAlikesOf(revision.id())).extracting(ExperienceRecord::id).doesNotContain(verified.id());
    }

    @Test
    void messages_about_a_record_name_it_by_type_institution_and_dates() {
        ExperienceRecord sent = submitted("Mercy Hospital");
        SignIn.as(world.mentorA());
        assertThat(inbox.mine()).extracting(Notification::message).containsExactly(world.studentA().displayName()
                + " submitted their clinical rotation at Mercy Hospital (6 Jan 2025 – 28 Feb 2025) for review.");
        feedback.give(FeedbackAbout.RECORD, sent.id(), FeedbackVisibility.STUDENT, "Add the certificate.");
        SignIn.as(world.studentA());
        assertThat(inbox.mine()).extracting(Notification::message).containsExactly(world.mentorA().displayName()
                + " left feedback on your clinical rotation at Mercy Hospital (6 Jan 2025 – 28 Feb 2025).");
    }
}
