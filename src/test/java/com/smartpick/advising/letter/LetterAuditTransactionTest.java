package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Not in a test transaction: each change commits or rolls back for real, with its audit event. */
@AdvisingTest
class LetterAuditTransactionTest {

    @Autowired DSLContext db;
    @Autowired LetterService letters;
    @Autowired TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_approval_rolled_back_takes_its_event_with_it_and_a_committed_one_keeps_it() {
        World world = new TestData(db).world();
        long id = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "SUBMITTED", false, "Text.");
        SignIn.as(world.advisorA());

        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> {
            letters.approve(id, 0);
            throw new IllegalStateException("the request failed after the approval");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(events(id)).isZero();

        letters.approve(id, 0);
        assertThat(status(id)).isEqualTo("APPROVED");
        assertThat(events(id)).isEqualTo(1);
    }

    private String status(long id) {
        return db.select(com.smartpick.advising.jooq.Tables.LETTER.STATUS).from(com.smartpick.advising.jooq.Tables.LETTER)
                .where(com.smartpick.advising.jooq.Tables.LETTER.ID.eq(id)).fetchSingle().value1();
    }

    private int events(long id) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.SUBJECT_TYPE.eq("letter").and(AUDIT_EVENT.SUBJECT_ID.eq(id))
                .and(AUDIT_EVENT.ACTION.eq("letter.approve")));
    }
}
