package com.smartpick.advising.inbox;

import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.jooq.tables.records.MailOutboxRecord;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.AtOnce;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The daily digests as two instances write them, at the same moment after the digest time: each person gets one
 * digest holding everything, never two. Committed data, since the two transactions must see each other's.
 */
@AdvisingTest
class DigestRaceTest {

    @Autowired DSLContext db;
    @Autowired ExperienceService experience;
    @Autowired MailOutboxService mail;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void two_instances_writing_the_digests_at_once_send_each_person_one() {
        World world = new TestData(db).world();
        SignIn.as(world.studentA());
        for (String hospital : List.of("Race Hospital", "Race Clinic")) {
            ExperienceRecord record = experience.create(Experiences.usRotation(hospital));
            experience.submit(record.id(), record.version());
        }
        SignIn.out();

        AtOnce.run(2, mail::writeDigests);

        List<MailOutboxRecord> digests = db.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT_ID.eq(world.mentorA().personId())).fetch();
        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.getKind()).isEqualTo("digest");
            assertThat(digest.getSubject()).endsWith("(2 notifications)");
        });
    }
}
