package com.smartpick.advising.statement;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
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
    void the_mentor_reads_a_draft_and_the_read_is_audited_but_another_mentor_finds_nothing() {
        PersonalStatement draft = statements.create("Internal Medicine");
        SignIn.as(world.mentorA());
        assertThat(statements.draftsOf(world.studentA().personId())).extracting(PersonalStatement::id).containsExactly(draft.id());
        statements.draft(draft.id());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("statement.read").and(AUDIT_EVENT.SUBJECT_ID.eq(draft.id()))))
                .isEqualTo(1);
        SignIn.as(world.mentorB());
        assertThatThrownBy(() -> statements.draft(draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> statements.draftsOf(world.studentA().personId())).isInstanceOf(NotFoundException.class);
    }
}
