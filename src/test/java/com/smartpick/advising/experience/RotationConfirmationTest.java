package com.smartpick.advising.experience;

import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static com.smartpick.advising.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.jooq.tables.records.MailOutboxRecord;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The supervising physician of a US rotation confirms its record through a single-use link, without an account. */
@AdvisingTest
@Transactional
class RotationConfirmationTest {

    static final Pattern LINK = Pattern.compile(Pattern.quote(ExperienceService.CONFIRMATION_PATH) + "([A-Za-z0-9_-]{43})");

    @Autowired DSLContext db;
    @Autowired ExperienceService experience;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    ExperienceRecord submitted() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        return experience.submit(draft.id(), draft.version());
    }

    String tokenFromMail() {
        MailOutboxRecord mail = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.TO_ADDRESS.eq("jane.roe@hospital.example"))
                .orderBy(MAIL_OUTBOX.ID.desc()).limit(1).fetchSingle();
        Matcher link = LINK.matcher(mail.getBody());
        assertThat(link.find()).as("a link in: %s", mail.getBody()).isTrue();
        return link.group(1);
    }

    @Test
    void the_supervisor_confirms_once_and_the_record_shows_who_and_when() {
        ExperienceRecord record = submitted();
        assertThat(experience.actionsOn(record)).contains(ExperienceAction.ASK_CONFIRMATION);
        experience.askForConfirmation(record.id());
        SignIn.out();
        String token = tokenFromMail();

        ConfirmationRequest shown = experience.confirmationRequest(token);
        assertThat(shown.studentName()).isEqualTo(world.studentA().displayName());
        assertThat(shown.details().hoursPerWeek()).isEqualTo(40);
        experience.answerConfirmation(token, "Dr. Jane Roe", true, "");

        assertThatThrownBy(() -> experience.answerConfirmation(token, "Dr. Jane Roe", true, ""))
                .isInstanceOf(NotFoundException.class);
        SignIn.as(world.studentA());
        ExperienceRecord confirmed = experience.record(record.id());
        assertThat(confirmed.confirmation()).isNotNull();
        assertThat(confirmed.confirmation().name()).isEqualTo("Dr. Jane Roe");
        assertThat(confirmed.confirmation().email()).isEqualTo("jane.roe@hospital.example");
        assertThat(experience.actionsOn(confirmed)).doesNotContain(ExperienceAction.ASK_CONFIRMATION);
        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(world.studentA().personId())
                .and(NOTIFICATION.KIND.eq("experience.confirmed")))).isEqualTo(1);
    }

    @Test
    void a_supervisor_who_cannot_confirm_tells_the_student_why_and_nothing_is_confirmed() {
        ExperienceRecord record = submitted();
        experience.askForConfirmation(record.id());
        SignIn.out();
        String token = tokenFromMail();

        assertThatThrownBy(() -> experience.answerConfirmation(token, "Dr. Jane Roe", false, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("note"));
        experience.answerConfirmation(token, "Dr. Jane Roe", false, "The rotation ended in January.");

        SignIn.as(world.studentA());
        assertThat(experience.record(record.id()).confirmation()).isNull();
        assertThat(db.select(NOTIFICATION.MESSAGE).from(NOTIFICATION)
                .where(NOTIFICATION.RECIPIENT_ID.eq(world.studentA().personId()))
                .and(NOTIFICATION.KIND.eq("experience.confirmation_declined")).fetch(NOTIFICATION.MESSAGE))
                .singleElement().asString().contains("The rotation ended in January.");
    }

    @Test
    void a_draft_another_s_record_or_a_record_abroad_cannot_be_sent_for_confirmation() {
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        assertThatThrownBy(() -> experience.askForConfirmation(draft.id())).isInstanceOf(InvalidInputException.class);
        long others = Experiences.insert(db, world.studentB().personId(), "SUBMITTED");
        assertThatThrownBy(() -> experience.askForConfirmation(others)).isInstanceOf(NotFoundException.class);
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> experience.askForConfirmation(draft.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_wrong_token_shows_nothing() {
        assertThatThrownBy(() -> experience.confirmationRequest("not-a-token")).isInstanceOf(NotFoundException.class);
    }
}
