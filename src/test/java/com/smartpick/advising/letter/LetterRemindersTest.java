package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.LETTER;
import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static com.smartpick.advising.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.OutsideMail;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.HandClock;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The daily reminders of letters' due dates: to each letter's writer, before the date and once late, once each. */
@AdvisingTest
@Transactional
class LetterRemindersTest {

    @Autowired DSLContext db;
    @Autowired LetterRepository repository;
    @Autowired InboxService inbox;
    @Autowired OutsideMail mail;
    @Autowired LetterService letters;

    final HandClock clock = new HandClock();
    final LocalDate today = LocalDate.now(clock);
    LetterReminders reminders;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
        reminders = new LetterReminders(repository, inbox, mail, clock);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_writer_is_reminded_once_before_the_due_date_and_once_when_it_is_overdue() {
        long soon = letter("REQUESTED", today.plusDays(4));
        long late = letter("DRAFTING", today.minusDays(1));
        letter("APPROVED", today.minusDays(1));
        letter("SUBMITTED", today.plusDays(1));
        long later = letter("RETURNED", today.plusDays(LetterReminders.DUE_SOON_DAYS + 1));
        letter("REQUESTED", null);
        String email = "dr.roe." + UUID.randomUUID().toString().substring(0, 8) + "@hospital.invalid";
        SignIn.as(world.studentA());
        Letter outside = letters.requestFromOutside(new OutsideLetterRequest("Dr. Jane Roe", email, "Surgery",
                "Surgery rotation", List.of("Mercy"), LocalDate.now().plusDays(30), false));
        SignIn.out();
        db.update(LETTER).set(LETTER.DUE_ON, today.plusDays(2)).where(LETTER.ID.eq(outside.id())).execute();
        int mailsBefore = db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.TO_ADDRESS.eq(email));

        // counts cover every letter in the database, which other tests share: what went out is checked per writer
        assertThat(reminders.remind()).isGreaterThanOrEqualTo(3);
        assertThat(reminders.remind()).as("the same day again: nothing new").isZero();
        assertThat(remindersOf(world.mentorA().personId())).containsExactlyInAnyOrder(
                "letter.due_soon " + soon, "letter.overdue " + late);
        assertThat(db.select(NOTIFICATION.MESSAGE).from(NOTIFICATION).where(NOTIFICATION.SUBJECT_ID.eq(late))
                .and(NOTIFICATION.KIND.eq(LetterReminders.OVERDUE)).fetchSingle(NOTIFICATION.MESSAGE))
                .startsWith("Overdue: the letter for " + world.studentA().displayName() + " (Internal Medicine) was due ");
        assertThat(db.select(MAIL_OUTBOX.SUBJECT).from(MAIL_OUTBOX).where(MAIL_OUTBOX.TO_ADDRESS.eq(email))
                .orderBy(MAIL_OUTBOX.ID.desc()).limit(1).fetchSingle(MAIL_OUTBOX.SUBJECT))
                .startsWith("The letter for " + world.studentA().displayName() + " (Surgery, Surgery rotation) is due");
        assertThat(remindersOf(world.studentA().personId())).as("the student is not the writer").isEmpty();

        clock.advance(Duration.ofDays(5));
        assertThat(reminders.remind()).as("the soon ones are now late, the later one soon").isGreaterThanOrEqualTo(3);
        assertThat(reminders.remind()).isZero();
        assertThat(remindersOf(world.mentorA().personId())).containsExactlyInAnyOrder(
                "letter.due_soon " + soon, "letter.overdue " + late, "letter.overdue " + soon, "letter.due_soon " + later);
        assertThat(db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.TO_ADDRESS.eq(email))).isEqualTo(mailsBefore + 2);
    }

    private List<String> remindersOf(long personId) {
        return db.select(NOTIFICATION.KIND, NOTIFICATION.SUBJECT_ID).from(NOTIFICATION)
                .where(NOTIFICATION.RECIPIENT_ID.eq(personId)).and(NOTIFICATION.KIND.like("letter.%"))
                .fetch(r -> r.value1() + " " + r.value2());
    }

    private long letter(String status, @Nullable LocalDate due) {
        OffsetDateTime requested = OffsetDateTime.now(clock).minusDays(10);
        return db.insertInto(LETTER).set(LETTER.STUDENT_ID, world.studentA().personId())
                .set(LETTER.MENTOR_ID, world.mentorA().personId())
                .set(LETTER.SPECIALTY, "Internal Medicine").set(LETTER.PROGRAMS, new String[] {"Test Program"})
                .set(LETTER.WAIVED, false).set(LETTER.WAIVER_RECORDED_AT, requested)
                .set(LETTER.WAIVER_RECORDED_BY, world.studentA().personId())
                .set(LETTER.STATUS, status).set(LETTER.CONTENT_KIND, "TEXT").set(LETTER.REQUESTED_AT, requested)
                .set(LETTER.REASON, status.equals("RETURNED") ? "Please add the ICU rotation." : null)
                .set(LETTER.DUE_ON, due)
                .returning(LETTER.ID).fetchSingle(LETTER.ID);
    }
}
