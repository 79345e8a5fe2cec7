package com.smartpick.advising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterRequest;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.Letterhead;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.HostileInputs;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patterns of {@link HostileInputs} against the long texts people write about a student: personal statements,
 * feedback, letters and letter requests. Each is stored cleaned, exactly as {@link UserText} cleans it (markup and SQL
 * stay literal text, control characters and lone surrogates go), or refused at its field when nothing is left of it.
 */
@AdvisingTest
@Transactional
class HostileWritingTest {

    @Autowired DSLContext db;
    @Autowired StatementService statements;
    @Autowired FeedbackService feedback;
    @Autowired LetterService letters;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void a_personal_statement_stores_hostile_text_cleaned(String hostile) {
        SignIn.as(world.studentA());
        PersonalStatement draft = statements.create("Internal Medicine");
        String expectedTitle = UserText.line(hostile);

        if (expectedTitle.isEmpty()) {
            refusedAt("title", () -> statements.save(draft.id(), draft.version(), hostile, hostile));
            return;
        }
        PersonalStatement saved = statements.save(draft.id(), draft.version(), hostile, "Why medicine: " + hostile);
        assertStored(saved.title(), expectedTitle);
        assertStored(saved.body(), UserText.multiline("Why medicine: " + hostile));
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void feedback_stores_hostile_text_cleaned(String hostile) {
        SignIn.as(world.mentorA());
        long student = world.studentA().personId();
        String expected = UserText.multiline(hostile);

        if (expected.isEmpty()) {
            refusedAt("body", () -> feedback.give(FeedbackAbout.GENERAL, student, FeedbackVisibility.STUDENT, hostile));
            return;
        }
        feedback.give(FeedbackAbout.GENERAL, student, FeedbackVisibility.STUDENT, hostile);
        assertStored(feedback.generalAbout(student).getFirst().body(), expected);
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void a_letter_draft_and_its_letterhead_store_hostile_text_cleaned(String hostile) {
        long id = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "DRAFTING", false,
                "First revision");
        SignIn.as(world.mentorA());
        Letter letter = letters.letter(id);
        String expectedBody = UserText.multiline("To whom it may concern: " + hostile);

        Letter saved = letters.saveDraft(id, letter.version(), "To whom it may concern: " + hostile,
                new Letterhead(hostile, "Cairo University", hostile));
        assertStored(letters.content(id).body(), expectedBody);
        String expectedLine = UserText.line(hostile);
        assertThat(saved.letterhead().title()).isEqualTo(expectedLine.isEmpty() ? null : expectedLine);
        assertThat(saved.letterhead().contact()).isEqualTo(expectedLine.isEmpty() ? null : expectedLine);
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void a_letter_request_stores_hostile_specialty_and_program_names_cleaned(String hostile) {
        SignIn.as(world.studentA());
        String expected = UserText.line(hostile);
        LetterRequest request = new LetterRequest(world.mentorA().personId(), hostile, hostile, List.of(hostile),
                java.time.LocalDate.now().plusDays(30), true);

        if (expected.isEmpty()) {
            refusedAt("specialty", () -> letters.request(request));
            return;
        }
        Letter asked = letters.request(request);
        assertStored(asked.specialty(), expected);
        assertThat(asked.programs()).containsExactly(expected);
    }

    private static void assertStored(String stored, String expected) {
        assertThat(stored).isEqualTo(expected);
        // line breaks and tabs are the only control characters a long text keeps
        String withoutLines = stored.replace('\n', ' ').replace('\t', ' ');
        assertThat(HostileInputs.hasForbiddenCharacters(withoutLines)).as("forbidden characters in %s", stored).isFalse();
    }

    private static void refusedAt(String field, Supplier<?> action) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, action::get);
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.fieldErrors()).containsKey(field);
    }
}
