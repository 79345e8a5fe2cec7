package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.ui.LetterView;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.statement.ui.PersonalStatementView;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A session that ends mid-edit: what was typed reached the server at each pause and was kept for its author; the next
 * time the form opens (in a new session, after signing in again) it is offered back, with what was lost said plainly.
 * Opening the form anew here stands for that next visit: the kept text lives in the database, not in the session.
 */
class UnsavedTextViewTest extends ViewTest {

    private static final String TYPED = "Three years of night shifts in Cairo taught me";

    @Autowired DSLContext db;
    @Autowired StatementService statements;
    @Autowired LetterService letters;
    @Autowired UnsavedTextService unsaved;

    @Test
    void statement_text_typed_and_never_saved_is_offered_back_and_a_save_clears_it() {
        SignIn.as(new TestData(db).world().studentA());
        PersonalStatement draft = statements.create("Internal Medicine");
        navigate("advising/statements", PersonalStatementView.class);
        assertThat(keptShown("statement-body")).isFalse();
        test(body("statement-body")).setValue(TYPED);

        reopen("advising/statements", PersonalStatementView.class);
        assertThat(body("statement-body").getValue()).isEmpty();
        Div kept = kept("statement-body");
        assertThat(kept.getElement().getTextRecursively())
                .contains("was never saved", TYPED.length() + " characters", "did not reach the server and is lost");

        test($(Button.class).withClassName("kept-text-restore").single()).click();
        assertThat(body("statement-body").getValue()).isEqualTo(TYPED);
        test($(Button.class).withId("statement-save").single()).click();
        assertThat(statements.myDrafts().getFirst().body()).isEqualTo(TYPED);
        assertThat(unsaved.kept("statement:" + draft.id())).isEmpty();

        reopen("advising/statements", PersonalStatementView.class);
        assertThat(keptShown("statement-body")).isFalse();
    }

    @Test
    void a_mentor_discards_unsaved_letter_text_and_typing_back_to_the_saved_text_keeps_nothing() {
        World world = new TestData(db).world();
        long letter = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "DRAFTING", false,
                "Saved revision");
        SignIn.as(world.mentorA());
        navigate("advising/letters/" + letter, LetterView.class);
        test(body("letter-draft")).setValue("Saved revision, and a paragraph more");

        reopen("advising/letters/" + letter, LetterView.class);
        assertThat(body("letter-draft").getValue()).isEqualTo("Saved revision");
        assertThat(keptShown("letter-draft")).isTrue();
        test($(Button.class).withClassName("kept-text-discard").single()).click();
        assertThat(keptShown("letter-draft")).isFalse();
        assertThat(unsaved.kept("letter:" + letter)).isEmpty();

        test(body("letter-draft")).setValue("Saved revision, typed again");
        test(body("letter-draft")).setValue("Saved revision");
        assertThat(unsaved.kept("letter:" + letter)).isEmpty();
    }

    @Test
    void unsaved_text_is_offered_to_its_author_only() {
        World world = new TestData(db).world();
        SignIn.as(world.studentA());
        PersonalStatement draft = statements.create("Internal Medicine");
        SignIn.as(world.mentorA());
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        test(body("feedback-body")).setValue("A staff note, not finished");

        SignIn.as(world.advisorA());
        reopen("advising/students/" + world.studentA().personId(), StudentView.class);
        assertThat(keptShown("feedback-body")).isFalse();

        SignIn.as(world.studentA());
        reopen("advising/statements", PersonalStatementView.class);
        assertThat(keptShown("statement-body")).isFalse();
        assertThat(draft.body()).isEmpty();
    }

    private void reopen(String route, Class<? extends Component> view) {
        navigate("advising", HomeView.class);
        navigate(route, view);
    }

    private TextArea body(String id) {
        return $(TextArea.class).withId(id).single();
    }

    /** Browserless queries see visible components only: a hidden notice is not found. */
    private boolean keptShown(String fieldId) {
        return $(Div.class).withId(fieldId + "-kept").exists();
    }

    private Div kept(String fieldId) {
        return $(Div.class).withId(fieldId + "-kept").single();
    }
}
