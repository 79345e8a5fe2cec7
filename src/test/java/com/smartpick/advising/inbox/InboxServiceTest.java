package com.smartpick.advising.inbox;

import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static com.smartpick.advising.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.jooq.tables.records.MailOutboxRecord;
import com.smartpick.advising.jooq.tables.records.NotificationRecord;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears of what, and how: the kinds, each person's choice per kind, the outbox row written with the change, the
 * digest, the unsubscribe link, and the secrets no student hears of. Each test runs in a transaction rolled back.
 */
@AdvisingTest
@Transactional
class InboxServiceTest {

    @Autowired DSLContext db;
    @Autowired InboxService inbox;
    @Autowired MailOutboxService mail;
    @Autowired UnsubscribeLinks links;
    @Autowired ExperienceService experience;
    @Autowired FeedbackService feedback;
    @Autowired LetterService letters;
    @Autowired RankedListService lists;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_unknown_kind_fails_loudly_in_the_callers_transaction() {
        assertThatThrownBy(() -> inbox.notify(world.studentA().personId(), "experience.verifed", "Typo", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("experience.verifed");
        assertThat(notifications(world.studentA())).isEmpty();
    }

    @Test
    void every_kind_has_its_own_code_and_is_found_by_it() {
        assertThat(Arrays.stream(NotificationKind.values()).map(NotificationKind::code).collect(Collectors.toSet()))
                .hasSize(NotificationKind.values().length);
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(NotificationKind.of(kind.code())).isSameAs(kind);
        }
    }

    @Test
    void a_verification_reaches_the_student_in_the_app_and_by_e_mail_in_the_same_transaction() {
        long record = submittedRecord();
        SignIn.as(world.mentorA());
        experience.verify(record, experience.record(record).version());

        assertThat(notifications(world.studentA())).extracting(NotificationRecord::getKind).containsExactly("experience.verified");
        List<MailOutboxRecord> outbox = outbox(world.studentA());
        assertThat(outbox).hasSize(1);
        assertThat(outbox.getFirst().getToAddress()).isEqualTo(new TestData(db).email(world.studentA().personId()));
        assertThat(outbox.getFirst().getSubject()).isEqualTo("SmartPick Advising: Your record was verified");
        assertThat(outbox.getFirst().getBody()).contains("verified your", "Mercy Hospital", "/advising/inbox",
                outbox.getFirst().getUnsubscribeUrl());
        assertThat(outbox.getFirst().getUnsubscribeUrl()).contains("/advising/api/mail/unsubscribe?token=");
    }

    @Test
    void a_submitted_record_reaches_the_students_mentor_and_advisor_as_a_digest_and_no_one_else() {
        submittedRecord();

        for (Viewer staff : List.of(world.mentorA(), world.advisorA())) {
            assertThat(notifications(staff)).extracting(NotificationRecord::getKind, NotificationRecord::getDigestPending)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("experience.submitted", true));
            assertThat(outbox(staff)).isEmpty();
        }
        for (Viewer other : List.of(world.mentorB(), world.advisorB(), world.studentB(), world.admin())) {
            assertThat(notifications(other)).isEmpty();
        }
    }

    @Test
    void in_the_app_only_sends_no_e_mail() {
        long record = submittedRecord();
        SignIn.as(world.studentA());
        inbox.choose(NotificationKind.EXPERIENCE_VERIFIED, Delivery.IN_APP);
        SignIn.as(world.mentorA());
        experience.verify(record, experience.record(record).version());

        assertThat(notifications(world.studentA())).hasSize(1);
        assertThat(outbox(world.studentA())).isEmpty();
    }

    @Test
    void the_digest_gathers_what_came_since_the_last_one_into_one_e_mail() {
        submittedRecord();
        SignIn.as(world.studentA());
        long second = experience.create(Experiences.usRotation("Lakeside Clinic")).id();
        experience.submit(second, experience.record(second).version());

        mail.writeDigests();

        List<MailOutboxRecord> digests = outbox(world.mentorA());
        assertThat(digests).hasSize(1);
        MailOutboxRecord digest = digests.getFirst();
        assertThat(digest.getKind()).isEqualTo("digest");
        assertThat(digest.getSubject()).isEqualTo("SmartPick Advising: your daily digest (2 notifications)");
        assertThat(digest.getBody()).contains("A record was submitted for review", "Mercy Hospital", "Lakeside Clinic",
                "To stop every digest e-mail: " + digest.getUnsubscribeUrl());
        assertThat(digest.getBody().indexOf("Mercy Hospital")).isLessThan(digest.getBody().indexOf("Lakeside Clinic"));
        assertThat(notifications(world.mentorA())).extracting(NotificationRecord::getDigestPending).containsOnly(false);

        mail.writeDigests();
        assertThat(outbox(world.mentorA())).as("nothing new, no digest").hasSize(1);

        SignIn.as(world.studentA());
        long third = experience.create(Experiences.usRotation("Riverside Hospital")).id();
        experience.submit(third, experience.record(third).version());
        mail.writeDigests();
        List<MailOutboxRecord> next = outbox(world.mentorA());
        assertThat(next).hasSize(2);
        assertThat(next.getLast().getBody()).contains("Riverside Hospital").doesNotContain("Mercy Hospital", "Lakeside");
        assertThat(next.getLast().getSubject()).endsWith("(1 notification)");
    }

    @Test
    void each_person_sees_and_chooses_only_the_kinds_that_concern_their_roles() {
        SignIn.as(world.studentA());
        assertThat(inbox.mySettings()).extracting(NotificationSetting::kind)
                .contains(NotificationKind.EXPERIENCE_VERIFIED, NotificationKind.LIST_PUBLISHED)
                .doesNotContain(NotificationKind.EXPERIENCE_SUBMITTED, NotificationKind.LIST_ANNOTATED,
                        NotificationKind.LETTER_SUBMITTED);
        assertThat(inbox.mySettings()).allMatch(s -> !s.chosen() && s.delivery() == s.kind().byDefault());
        assertThatThrownBy(() -> inbox.choose(NotificationKind.LIST_ANNOTATED, Delivery.IMMEDIATE))
                .isInstanceOf(InvalidInputException.class);

        inbox.choose(NotificationKind.FEEDBACK, Delivery.DIGEST);
        assertThat(inbox.mySettings()).filteredOn(s -> s.kind() == NotificationKind.FEEDBACK).singleElement()
                .isEqualTo(new NotificationSetting(NotificationKind.FEEDBACK, Delivery.DIGEST, true));
        SignIn.as(world.studentB());
        assertThat(inbox.mySettings()).filteredOn(s -> s.kind() == NotificationKind.FEEDBACK).singleElement()
                .extracting(NotificationSetting::delivery).isEqualTo(Delivery.IMMEDIATE);
    }

    @Test
    void an_unsubscribe_link_stops_its_kind_for_its_person_without_signing_in() {
        String token = links.token(world.studentA().personId(), NotificationKind.FEEDBACK.code());

        assertThat(inbox.unsubscribe(token)).contains("\"Feedback for you\"");

        SignIn.as(world.studentA());
        assertThat(delivery(NotificationKind.FEEDBACK)).isEqualTo(Delivery.IN_APP);
        assertThat(delivery(NotificationKind.EXPERIENCE_VERIFIED)).isEqualTo(Delivery.IMMEDIATE);
        SignIn.as(world.studentB());
        assertThat(delivery(NotificationKind.FEEDBACK)).as("another student's choice").isEqualTo(Delivery.IMMEDIATE);
    }

    @Test
    void a_tampered_or_garbled_unsubscribe_link_changes_nothing() {
        String token = links.token(world.studentA().personId(), NotificationKind.FEEDBACK.code());
        String signature = token.substring(token.indexOf('.'));
        String otherPerson = links.token(world.studentB().personId(), NotificationKind.FEEDBACK.code());
        String otherKind = links.token(world.studentA().personId(), NotificationKind.LETTER_APPROVED.code());

        assertThat(inbox.unsubscribe(otherPerson.substring(0, otherPerson.indexOf('.')) + signature)).isEmpty();
        assertThat(inbox.unsubscribe(otherKind.substring(0, otherKind.indexOf('.')) + signature)).isEmpty();
        assertThat(inbox.unsubscribe(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(inbox.unsubscribe("")).isEmpty();
        assertThat(inbox.unsubscribe("not.a-token!")).isEmpty();

        for (Viewer student : List.of(world.studentA(), world.studentB())) {
            SignIn.as(student);
            assertThat(inbox.mySettings()).noneMatch(NotificationSetting::chosen);
        }
    }

    @Test
    void a_digests_unsubscribe_link_stops_every_digest_kind_of_its_person() {
        assertThat(inbox.unsubscribe(links.token(world.mentorA().personId(), UnsubscribeLinks.DIGEST))).isPresent();

        SignIn.as(world.mentorA());
        assertThat(delivery(NotificationKind.EXPERIENCE_SUBMITTED)).isEqualTo(Delivery.IN_APP);
        assertThat(delivery(NotificationKind.LIST_ANNOTATED)).isEqualTo(Delivery.IN_APP);
        assertThat(delivery(NotificationKind.LETTER_REQUESTED)).as("an at-once kind stays").isEqualTo(Delivery.IMMEDIATE);
    }

    @Test
    void staff_only_feedback_never_reaches_the_student_by_inbox_or_e_mail() {
        long record = submittedRecord();
        SignIn.as(world.mentorA());
        feedback.give(FeedbackAbout.RECORD, record, FeedbackVisibility.STAFF_ONLY, "Staff only: weak supervisor");
        feedback.give(FeedbackAbout.GENERAL, world.studentA().personId(), FeedbackVisibility.STAFF_ONLY, "Staff only: late");

        assertThat(notifications(world.studentA())).isEmpty();
        assertThat(outbox(world.studentA())).isEmpty();
        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.MESSAGE.contains("Staff only"))).isZero();
    }

    @Test
    void a_returned_waived_letter_tells_the_student_it_went_back_but_not_the_advisors_reason() {
        long letter = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "SUBMITTED", true,
                "Confidential letter text");
        SignIn.as(world.advisorA());
        letters.returnToMentor(letter, letters.letter(letter).version(), "Paragraph two overstates the rotation");

        assertThat(notifications(world.mentorA())).extracting(NotificationRecord::getMessage).singleElement()
                .asString().contains("Paragraph two overstates the rotation");
        assertThat(notifications(world.studentA())).extracting(NotificationRecord::getMessage).singleElement()
                .asString().contains("went back to them").doesNotContain("Paragraph two", "Confidential");
        assertThat(outbox(world.studentA())).extracting(MailOutboxRecord::getBody).singleElement().asString()
                .doesNotContain("Paragraph two", "Confidential");
    }

    @Test
    void a_submitted_letter_reaches_the_students_advisors_without_its_content() {
        long letter = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "DRAFTING", true,
                "Confidential letter text");
        SignIn.as(world.mentorA());
        letters.submit(letter, letters.letter(letter).version());

        assertThat(notifications(world.advisorA())).extracting(NotificationRecord::getKind).containsExactly("letter.submitted");
        assertThat(notifications(world.advisorA())).extracting(NotificationRecord::getMessage).singleElement().asString()
                .doesNotContain("Confidential");
        assertThat(notifications(world.advisorB())).isEmpty();
        assertThat(notifications(world.studentA())).isEmpty();
    }

    @Test
    void a_lists_review_reaches_the_other_staff_and_the_student_hears_only_of_its_publication_never_of_annotations() {
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 30, RecordedInputs.NONE);
        RankedList inReview = lists.submitForReview(list.id(), list.version());
        SignIn.as(world.mentorA());
        lists.annotate(list.id(), inReview.entries().get(1).id(), AnnotationKind.CONCERN, "Staff eyes only: weak fit");
        SignIn.as(world.advisorA());
        RankedList approved = lists.approveOverConcerns(list.id(), inReview.version(), "Discussed with the mentor");
        lists.publish(list.id(), approved.version());

        assertThat(notifications(world.mentorA())).extracting(NotificationRecord::getKind)
                .containsExactly("list.submitted", "list.approved", "list.published");
        assertThat(notifications(world.advisorA())).extracting(NotificationRecord::getKind).containsExactly("list.annotated");
        assertThat(notifications(world.advisorA()).getFirst().getMessage())
                .contains(world.studentA().displayName(), "Staff eyes only: weak fit");
        assertThat(notifications(world.studentA())).extracting(NotificationRecord::getKind).containsExactly("list.published");
        assertThat(outbox(world.studentA())).singleElement().extracting(MailOutboxRecord::getKind).isEqualTo("list.published");
        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(world.studentA().personId())
                .and(NOTIFICATION.MESSAGE.contains("Staff eyes only")))).isZero();
        assertThat(outbox(world.studentA())).extracting(MailOutboxRecord::getBody).noneMatch(b -> b.contains("Staff eyes"));
        for (Viewer other : List.of(world.mentorB(), world.advisorB(), world.studentB())) {
            assertThat(notifications(other)).isEmpty();
        }
    }

    private long submittedRecord() {
        SignIn.as(world.studentA());
        ExperienceRecord record = experience.create(Experiences.usRotation("Mercy Hospital"));
        experience.submit(record.id(), record.version());
        return record.id();
    }

    private Delivery delivery(NotificationKind kind) {
        return inbox.mySettings().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow().delivery();
    }

    private List<NotificationRecord> notifications(Viewer person) {
        return db.selectFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(person.personId()))
                .orderBy(NOTIFICATION.ID).fetch();
    }

    private List<MailOutboxRecord> outbox(Viewer person) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT_ID.eq(person.personId())).orderBy(MAIL_OUTBOX.ID).fetch();
    }
}
