package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static com.smartpick.advising.jooq.Tables.SINGLE_USE_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.jooq.tables.records.MailOutboxRecord;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.nio.charset.StandardCharsets;
import com.smartpick.advising.base.ui.Dates;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * A physician outside the portal writes a letter through a single-use link: the e-mail carries the link, the link
 * works once and not after it expires, and the letter then follows the rules of any other, the waiver included.
 */
@AdvisingTest
@Transactional
class OutsideWriterTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final Letterhead NONE = new Letterhead("", "", "");
    static final Pattern LINK = Pattern.compile(Pattern.quote(LetterService.UPLOAD_PATH) + "([A-Za-z0-9_-]{43})");

    @Autowired DSLContext db;
    @Autowired LetterService letters;
    World world;
    String email;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
        email = "dr.roe." + UUID.randomUUID().toString().substring(0, 8) + "@hospital.invalid";
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Letter ask(boolean waive) {
        SignIn.as(world.studentA());
        Letter letter = letters.requestFromOutside(new OutsideLetterRequest("Dr. Jane Roe", email, "Internal Medicine", null,
                List.of("Mercy Hospital Internal Medicine"), LocalDate.now().plusDays(30), waive));
        SignIn.out();
        return letter;
    }

    /** The token in the newest e-mail to the physician: the only place it is ever written. */
    String tokenFromMail() {
        MailOutboxRecord mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.TO_ADDRESS.eq(email))
                .orderBy(MAIL_OUTBOX.ID.desc()).limit(1).fetchSingle();
        Matcher link = LINK.matcher(mail.getBody());
        assertThat(link.find()).as("a link in: %s", mail.getBody()).isTrue();
        return link.group(1);
    }

    @Test
    void the_physician_gets_an_e_mail_with_a_link_and_no_account_that_could_sign_in() {
        Letter letter = ask(true);

        assertThat(letter.status()).isEqualTo(LetterStatus.REQUESTED);
        assertThat(letter.writerOutside()).isTrue();
        assertThat(letter.mentorName()).isEqualTo("Dr. Jane Roe");
        MailOutboxRecord mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.TO_ADDRESS.eq(email)).fetchSingle();
        assertThat(mail.getRecipientId()).isNull();
        assertThat(mail.getUnsubscribeUrl()).isNull();
        assertThat(mail.getSubject()).contains(world.studentA().displayName());
        assertThat(mail.getBody()).contains("Mercy Hospital Internal Medicine").contains("waived the right to read")
                .contains("They need it by " + Dates.day(LocalDate.now().plusDays(30)) + ".");
        assertThat(db.fetchCount(SINGLE_USE_LINK, SINGLE_USE_LINK.TOKEN_HASH.contains(tokenFromMail()))).isZero();

        LinkedLetter shown = letters.linkedLetter(tokenFromMail());
        assertThat(shown.studentName()).isEqualTo(world.studentA().displayName());
        assertThat(shown.waived()).isTrue();
        assertThat(shown.dueOn()).isEqualTo(LocalDate.now().plusDays(30));
    }

    @Test
    void the_upload_hands_the_letter_in_once_and_the_waived_student_never_reads_it() {
        Letter asked = ask(true);
        String token = tokenFromMail();

        letters.uploadThroughLink(token, "roe.pdf", PDF, new Letterhead("Attending", "Mercy Hospital", email));

        assertThatThrownBy(() -> letters.uploadThroughLink(token, "again.pdf", PDF, NONE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letters.linkedLetter(token)).isInstanceOf(NotFoundException.class);
        SignIn.as(world.advisorA());
        Letter submitted = letters.letter(asked.id());
        assertThat(submitted.status()).isEqualTo(LetterStatus.SUBMITTED);
        assertThat(letters.content(asked.id()).fileName()).isEqualTo("roe.pdf");
        Letter approved = letters.approve(asked.id(), submitted.version());
        assertThat(approved.status()).isEqualTo(LetterStatus.APPROVED);

        SignIn.as(world.studentA());
        assertThat(letters.myLetters()).extracting(Letter::id).contains(asked.id());
        assertThatThrownBy(() -> letters.content(asked.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_file_that_is_no_pdf_is_refused_and_the_link_still_works() {
        ask(false);
        String token = tokenFromMail();

        assertThatThrownBy(() -> letters.uploadThroughLink(token, "letter.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8),
                NONE)).isInstanceOf(InvalidInputException.class);

        assertThat(letters.linkedLetter(token).status()).isEqualTo(LetterStatus.REQUESTED);
    }

    @Test
    void an_expired_link_opens_nothing() {
        ask(false);
        String token = tokenFromMail();
        db.update(SINGLE_USE_LINK).set(SINGLE_USE_LINK.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                .set(SINGLE_USE_LINK.CREATED_AT, OffsetDateTime.now().minusDays(31))
                .where(SINGLE_USE_LINK.EMAIL.eq(email)).execute();

        assertThatThrownBy(() -> letters.linkedLetter(token)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letters.uploadThroughLink(token, "late.pdf", PDF, NONE))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letters.linkedLetter("x" + token.substring(1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_returned_letter_goes_back_by_a_new_link_with_the_advisor_s_reason() {
        Letter asked = ask(false);
        letters.uploadThroughLink(tokenFromMail(), "roe.pdf", PDF, NONE);
        SignIn.as(world.advisorA());
        Letter submitted = letters.letter(asked.id());
        letters.returnToMentor(asked.id(), submitted.version(), "Please add the dates of the rotation.");

        String second = tokenFromMail();
        LinkedLetter shown = letters.linkedLetter(second);
        assertThat(shown.status()).isEqualTo(LetterStatus.RETURNED);
        assertThat(shown.returnedBecause()).isEqualTo("Please add the dates of the rotation.");
        letters.uploadThroughLink(second, "roe-2.pdf", PDF, NONE);
        assertThat(letters.letter(asked.id()).status()).isEqualTo(LetterStatus.SUBMITTED);
    }

    @Test
    void a_request_with_a_bad_address_names_the_field_and_writes_nothing() {
        SignIn.as(world.studentA());
        int before = db.fetchCount(MAIL_OUTBOX);

        assertThatThrownBy(() -> letters.requestFromOutside(new OutsideLetterRequest("Dr. Roe", "not an address",
                "Internal Medicine", null, List.of("Mercy"), LocalDate.now().plusDays(30), false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("writerEmail"));
        assertThat(db.fetchCount(MAIL_OUTBOX)).isEqualTo(before);
    }

    @Test
    void nobody_signs_in_as_the_physician() {
        ask(false);
        assertThat(PersonService.OUTSIDE_SUBJECT_PREFIX).isEqualTo("outside:");
        assertThat(db.fetchValue("select cardinality(roles) from advising.person where subject = ?",
                PersonService.OUTSIDE_SUBJECT_PREFIX + email)).isEqualTo(0);
    }
}
