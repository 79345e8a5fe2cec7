package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.AtOnce;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily reminders as two instances would run them: at once, each in its own transaction. Each reminder goes out
 * once. Committed data, since the two transactions must see each other's.
 */
@AdvisingTest
class LetterReminderRaceTest {

    @Autowired DSLContext db;
    @Autowired LetterService letters;
    @Autowired LetterReminders reminders;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void two_instances_running_the_job_at_once_remind_each_writer_once() {
        World world = new TestData(db).world();
        SignIn.as(world.studentA());
        Letter letter = letters.request(new LetterRequest(world.mentorA().personId(), "Internal Medicine", "Race letter",
                List.of("Mercy"), LocalDate.now().plusDays(2), false));
        SignIn.out();

        AtOnce.run(2, reminders::remind);

        assertThat(db.fetchCount(NOTIFICATION, NOTIFICATION.SUBJECT_ID.eq(letter.id())
                .and(NOTIFICATION.KIND.eq(LetterReminders.DUE_SOON)))).isEqualTo(1);
        assertThat(reminders.remind()).as("a later run finds nothing new").isZero();
    }
}
