package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.LetterStatus;
import com.smartpick.advising.letter.ui.LetterView;
import com.smartpick.advising.letter.ui.LettersView;
import com.smartpick.advising.letter.ui.MyLettersView;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LettersViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired LetterService letters;

    @Test
    @SuppressWarnings("unchecked")
    void a_student_requests_a_letter_waiving_the_right_to_read_it_and_sees_it_listed_as_requested() {
        World world = new TestData(db).world();
        SignIn.as(world.studentA());
        navigate("advising/my-letters", MyLettersView.class);
        test($(Button.class).withId("request-letter").single()).click();
        ComboBox<PersonSummary> mentor = $(ComboBox.class).withId("letter-mentor").single();
        mentor.setValue(letters.myMentors().getFirst());
        assertThat($(TextField.class).withId("letter-specialty").single().getPlaceholder()).startsWith("e.g. ");
        test($(TextField.class).withId("letter-specialty").single()).setValue("Internal Medicine");
        test($(TextField.class).withId("letter-purpose").single()).setValue("Chair's letter");
        $(DatePicker.class).withId("letter-due-on").single().setValue(LocalDate.now().plusDays(20));
        test($(TextArea.class).withId("letter-programs").single()).setValue("Mayo Clinic\nCleveland Clinic");
        test($(Checkbox.class).withId("letter-waive").single()).click();
        test($(Button.class).withId("letter-send").single()).click();

        Grid<Letter> grid = $(Grid.class).withId("my-letters").single();
        assertThat(test(grid).size()).isEqualTo(1);
        Letter row = test(grid).getRow(0);
        assertThat(row.status()).isEqualTo(LetterStatus.REQUESTED);
        assertThat(row.waived()).isTrue();
        assertThat(row.programs()).containsExactly("Mayo Clinic", "Cleveland Clinic");
        assertThat(row.purpose()).isEqualTo("Chair's letter");
        assertThat(row.dueOn()).isEqualTo(LocalDate.now().plusDays(20));
        assertThat(test(grid).getCellText(0, grid.getColumns().indexOf(grid.getColumns().stream()
                .filter(c -> "Letter".equals(c.getHeaderText())).findFirst().orElseThrow())))
                .isEqualTo("Internal Medicine · Chair's letter");
    }

    @Test
    void an_empty_request_keeps_the_dialog_open_with_messages_at_the_fields() {
        World world = new TestData(db).world();
        SignIn.as(world.studentA());
        navigate("advising/my-letters", MyLettersView.class);
        test($(Button.class).withId("request-letter").single()).click();
        test($(Button.class).withId("letter-send").single()).click();
        assertThat($(TextField.class).withId("letter-specialty").single().isInvalid()).isTrue();
        assertThat($(TextArea.class).withId("letter-programs").single().isInvalid()).isTrue();
        assertThat($(DatePicker.class).withId("letter-due-on").single().isInvalid()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_mentor_writes_and_submits_and_the_advisor_approves_on_the_letters_page() {
        World world = new TestData(db).world();
        long id = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "REQUESTED", false, "");

        SignIn.as(world.mentorA());
        navigate("advising/letters", LettersView.class);
        assertThat(test((Grid<Letter>) $(Grid.class).withId("asked-of-me").single()).getRow(0).id()).isEqualTo(id);
        navigate("advising/letters/" + id, LetterView.class);
        assertThat($(Button.class).withId("submit-letter").single().isEnabled()).isFalse();
        assertThat($(Span.class).withId("submit-hint").single().getText())
                .isEqualTo("Save a revision or upload a PDF first; then you can submit it.");
        test($(TextField.class).withId("letter-author-title").single()).setValue("Professor of Medicine");
        test($(TextArea.class).withId("letter-draft").single()).setValue("An excellent resident-to-be.");
        test($(Button.class).withId("save-draft").single()).click();
        assertThat($(TextArea.class).withId("letter-draft").single().getValue()).isEqualTo("An excellent resident-to-be.");
        test($(Button.class).withId("submit-letter").single()).click();
        assertThat(letters.letter(id).status()).isEqualTo(LetterStatus.SUBMITTED);

        SignIn.as(world.advisorA());
        navigate("advising/letters", LettersView.class);
        Select<LetterStatus> state = $(Select.class).withId("letter-status-filter").single();
        assertThat(state.getLabel()).isEqualTo("Letter state");
        assertThat(state.getEmptySelectionCaption()).isEqualTo("All letter states");
        assertThat(test((Grid<Letter>) $(Grid.class).withId("to-approve").single()).getRow(0).id()).isEqualTo(id);
        navigate("advising/letters/" + id, LetterView.class);
        test($(Button.class).withId("approve-letter").single()).click();
        assertThat(letters.letter(id).status()).isEqualTo(LetterStatus.APPROVED);
    }

    @Test
    void another_advisors_letter_typed_into_the_url_is_not_found() {
        World world = new TestData(db).world();
        long foreign = new TestData(db).letter(world.studentB().personId(), world.mentorB().personId(), "SUBMITTED", false, "B's letter");
        SignIn.as(world.advisorA());
        navigate("advising/letters/" + foreign, LetterView.class);
        assertThat($(H1.class).withId("not-found").single().getText()).isEqualTo("Letter not found");
    }
}
