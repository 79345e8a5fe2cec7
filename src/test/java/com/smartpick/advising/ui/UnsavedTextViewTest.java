package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.eras.ErasEntryInput;
import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.eras.ui.ErasView;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.ui.LetterView;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.statement.ui.PersonalStatementView;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.ExperienceData;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
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
    @Autowired ErasService eras;

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

    @Test
    void an_eras_description_typed_and_never_saved_is_offered_back_but_not_while_the_entries_are_rearranged() {
        World world = new TestData(db).world();
        ExperienceData records = new ExperienceData(db);
        long first = records.record(world.studentA(), "VERIFIED", true, "US", LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 2, 28), 20);
        long second = records.record(world.studentA(), "VERIFIED", true, "US", LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 4, 25), 20);
        SignIn.as(world.studentA());
        eras.save(world.studentA().personId(), -1, List.of(new ErasEntryInput(first, "Saved description", false, null),
                new ErasEntryInput(second, "Second entry", false, null)));
        navigate("advising/eras", ErasView.class);
        test(body("eras-description-1")).setValue(TYPED);

        // removing an entry rebuilds the form: the text being edited is not offered back as if it were lost
        test($(Button.class).withId("eras-remove-2").single()).click();
        assertThat(keptShown("eras-description-1")).isFalse();
        assertThat(body("eras-description-1").getValue()).isEqualTo(TYPED);

        reopen("advising/eras", ErasView.class);
        assertThat(body("eras-description-1").getValue()).isEqualTo("Saved description");
        assertThat(keptShown("eras-description-1")).isTrue();
        test($(Button.class).withClassName("kept-text-restore").single()).click();
        assertThat(body("eras-description-1").getValue()).isEqualTo(TYPED);
        test($(Button.class).withId("eras-save").single()).click();
        assertThat(eras.mine().entries().getFirst().description()).isEqualTo(TYPED);
        assertThat(unsaved.kept("eras:" + world.studentA().personId() + ":" + first + ":description")).isEmpty();
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
