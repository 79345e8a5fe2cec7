package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class LetterServiceTest {

    static final LocalDate DUE = LocalDate.now().plusDays(30);
    static final Letterhead LETTERHEAD = new Letterhead("Associate Professor of Medicine", "Test University Hospital",
            "mentor@test.invalid");

    @Autowired DSLContext db;
    @Autowired LetterService letters;
    @Autowired CohortService cohorts;
    World world;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_letter_goes_from_request_through_saved_revisions_and_submission_to_approval_each_step_audited() {
        Letter requested = request(true);
        assertThat(requested.status()).isEqualTo(LetterStatus.REQUESTED);
        assertThat(requested.waived()).isTrue();
        assertThat(requested.waiverRecordedAt()).isNotNull();

        SignIn.as(world.mentorA());
        Letter first = letters.saveDraft(requested.id(), requested.version(), "First thoughts.", LETTERHEAD);
        Letter second = letters.saveDraft(first.id(), first.version(), "I recommend Student A without reservation.", LETTERHEAD);
        assertThat(letters.revisions(second.id())).extracting(LetterRevision::revision).containsExactly(2, 1);
        assertThat(letters.content(second.id()).body()).isEqualTo("I recommend Student A without reservation.");
        Letter submitted = letters.submit(second.id(), second.version());

        SignIn.as(world.advisorA());
        assertThat(letters.ofMyStudents(LetterStatus.SUBMITTED)).extracting(Letter::id).containsExactly(submitted.id());
        Letter approved = letters.approve(submitted.id(), submitted.version());

        assertThat(approved.status()).isEqualTo(LetterStatus.APPROVED);
        assertThat(approved.decidedAt()).isNotNull();
        assertThat(actions(approved.id())).containsExactly("letter.request", "letter.revise", "letter.revise",
                "letter.submit", "letter.approve");
        assertThat(letters.approvedLettersOf(world.studentA().personId()))
                .containsExactly(new ApprovedLetter(approved.id(), world.mentorA().displayName(), "Internal Medicine", null,
                        LocalDate.now()));
    }

    @Test
    void a_student_asks_only_her_current_mentors_not_one_whose_cohort_was_archived() {
        SignIn.as(world.admin());
        cohorts.archive(world.cohortA(), 0);
        SignIn.as(world.studentA());

        assertThat(letters.myMentors()).isEmpty();
        assertThatThrownBy(() -> letters.request(new LetterRequest(world.mentorA().personId(), "Internal Medicine", null,
                List.of("Test Program"), DUE, true))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("mentor", "Choose one of your mentors."));
    }

    @Test
    void a_returned_letter_carries_the_reason_and_goes_back_to_drafting_when_revised() {
        Letter submitted = submitted(false);
        SignIn.as(world.advisorA());
        Letter returned = letters.returnToMentor(submitted.id(), submitted.version(), "Please mention the ICU rotation.");
        assertThat(returned.status()).isEqualTo(LetterStatus.RETURNED);
        assertThat(returned.reason()).isEqualTo("Please mention the ICU rotation.");
        SignIn.as(world.mentorA());
        assertThat(letters.letter(returned.id()).reason()).isEqualTo("Please mention the ICU rotation.");

        // the advisor's word to the mentor is staff business: the service itself keeps it from the student
        SignIn.as(world.studentA());
        assertThat(letters.letter(returned.id()).reason()).isNull();
        assertThat(letters.myLetters()).filteredOn(l -> l.id() == returned.id()).singleElement()
                .extracting(Letter::reason).isNull();

        SignIn.as(world.mentorA());
        Letter revised = letters.saveDraft(returned.id(), returned.version(), "Now with the ICU rotation.", LETTERHEAD);
        assertThat(revised.status()).isEqualTo(LetterStatus.DRAFTING);
        assertThat(revised.reason()).isNull();
        assertThat(letters.submit(revised.id(), revised.version()).status()).isEqualTo(LetterStatus.SUBMITTED);
    }

    @Test
    void a_mentor_may_decline_a_request_with_a_reason() {
        Letter requested = request(false);
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> letters.decline(requested.id(), requested.version(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("reason"));
        Letter declined = letters.decline(requested.id(), requested.version(), "I have not supervised you long enough.");
        assertThat(declined.status()).isEqualTo(LetterStatus.DECLINED);
        SignIn.as(world.studentA());
        assertThat(letters.letter(declined.id()).reason()).isEqualTo("I have not supervised you long enough.");
        assertThat(actions(declined.id())).containsExactly("letter.request", "letter.decline");
    }

    @Test
    void illegal_transitions_are_refused_and_leave_no_event() {
        Letter requested = request(false);
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> letters.submit(requested.id(), requested.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("status"));
        Letter drafted = letters.saveDraft(requested.id(), requested.version(), "Text.", LETTERHEAD);

        SignIn.as(world.advisorA());
        assertThatThrownBy(() -> letters.approve(drafted.id(), drafted.version())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> letters.returnToMentor(drafted.id(), drafted.version(), "Why?"))
                .isInstanceOf(InvalidInputException.class);

        SignIn.as(world.mentorA());
        Letter submitted = letters.submit(drafted.id(), drafted.version());
        assertThatThrownBy(() -> letters.saveDraft(submitted.id(), submitted.version(), "Late edit.", LETTERHEAD))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> letters.decline(submitted.id(), submitted.version(), "Too late."))
                .isInstanceOf(InvalidInputException.class);

        SignIn.as(world.advisorA());
        Letter approved = letters.approve(submitted.id(), submitted.version());
        assertThatThrownBy(() -> letters.approve(approved.id(), approved.version())).isInstanceOf(InvalidInputException.class);
        assertThat(actions(approved.id())).containsExactly("letter.request", "letter.revise", "letter.submit", "letter.approve");
    }

    @Test
    void a_save_from_a_stale_screen_is_refused_and_writes_neither_revision_nor_event() {
        Letter requested = request(false);
        SignIn.as(world.mentorA());
        letters.saveDraft(requested.id(), requested.version(), "Saved in one tab.", LETTERHEAD);
        assertThatThrownBy(() -> letters.saveDraft(requested.id(), requested.version(), "Saved in another tab.", LETTERHEAD))
                .isInstanceOf(StaleDataException.class);
        assertThat(letters.revisions(requested.id())).hasSize(1);
        assertThat(letters.content(requested.id()).body()).isEqualTo("Saved in one tab.");
        assertThat(actions(requested.id())).containsExactly("letter.request", "letter.revise");
    }

    @Test
    void a_student_asks_only_their_own_mentors_and_names_specialty_and_programs() {
        SignIn.as(world.studentA());
        assertThat(letters.myMentors()).extracting(p -> p.id()).containsExactly(world.mentorA().personId());
        assertThatThrownBy(() -> letters.request(new LetterRequest(world.mentorB().personId(), " ", "x".repeat(121),
                List.of(" "), LocalDate.now().minusDays(1), false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("mentor", "specialty", "purpose", "programs", "dueOn"));
        assertThatThrownBy(() -> letters.request(new LetterRequest(world.mentorA().personId(), "Internal Medicine", null,
                List.of("Mayo Clinic"), null, false))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("dueOn"));
        Letter letter = letters.request(new LetterRequest(world.mentorA().personId(), " Internal Medicine ",
                " Chair's letter ", List.of("Mayo Clinic", " ", "Mayo Clinic", "Cleveland Clinic"), DUE, false));
        assertThat(letter.specialty()).isEqualTo("Internal Medicine");
        assertThat(letter.purpose()).isEqualTo("Chair's letter");
        assertThat(letter.dueOn()).isEqualTo(DUE);
        assertThat(letter.label()).isEqualTo(world.mentorA().displayName() + " · Internal Medicine · Chair's letter · asked "
                + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH).format(LocalDate.now()));
        assertThat(letter.programs()).containsExactly("Mayo Clinic", "Cleveland Clinic");
    }

    @Test
    void an_uploaded_letter_must_be_a_pdf_by_its_content_and_at_most_one_megabyte() {
        Letter requested = request(false);
        SignIn.as(world.mentorA());
        byte[] notPdf = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> letters.uploadPdf(requested.id(), requested.version(), "letter.pdf", notPdf, LETTERHEAD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("pdf"));
        byte[] tooBig = new byte[LetterService.MAX_PDF_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, tooBig, 0, 8);
        assertThatThrownBy(() -> letters.uploadPdf(requested.id(), requested.version(), "letter.pdf", tooBig, LETTERHEAD))
                .isInstanceOf(InvalidInputException.class);

        byte[] pdf = "%PDF-1.7 a small letter".getBytes(StandardCharsets.US_ASCII);
        Letter uploaded = letters.uploadPdf(requested.id(), requested.version(), "../../my letter.pdf", pdf, LETTERHEAD);
        assertThat(uploaded.contentKind()).isEqualTo(ContentKind.PDF);
        assertThat(letters.content(uploaded.id()).fileName()).isEqualTo("my letter.pdf");
        assertThat(letters.pdf(uploaded.id()).content()).isEqualTo(pdf);
    }

    @Test
    void reads_of_the_content_by_anyone_but_its_author_are_on_the_record() {
        Letter submitted = submitted(false);
        SignIn.as(world.mentorA());
        letters.content(submitted.id());
        SignIn.as(world.advisorA());
        letters.content(submitted.id());
        letters.pdf(submitted.id());

        assertThat(db.select(AUDIT_EVENT.ACTOR_ID).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_ID.eq(submitted.id()))
                .and(AUDIT_EVENT.ACTION.eq("letter.read")).fetch(AUDIT_EVENT.ACTOR_ID))
                .containsExactly(world.advisorA().personId(), world.advisorA().personId());
    }

    private Letter request(boolean waived) {
        SignIn.as(world.studentA());
        return letters.request(new LetterRequest(world.mentorA().personId(), "Internal Medicine", null, List.of("Mayo Clinic"),
                DUE, waived));
    }

    private Letter submitted(boolean waived) {
        Letter requested = request(waived);
        SignIn.as(world.mentorA());
        Letter drafted = letters.saveDraft(requested.id(), requested.version(), "A fine candidate.", LETTERHEAD);
        return letters.submit(drafted.id(), drafted.version());
    }

    private List<String> actions(long letterId) {
        return db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_TYPE.eq("letter"))
                .and(AUDIT_EVENT.SUBJECT_ID.eq(letterId)).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }
}
