package com.smartpick.advising.eras;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.ExperienceData;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** ERAS entries on the real database: only verified records, ERAS's limits, who may choose, optimistic locking, export. */
@AdvisingTest
@Transactional
class ErasServiceTest {

    @Autowired DSLContext db;
    @Autowired ErasService eras;

    World world;
    ExperienceData experience;
    List<Long> verified = new ArrayList<>();
    long submitted;
    long foreignVerified;

    @BeforeEach
    void studentWithRecords() {
        world = new TestData(db).world();
        experience = new ExperienceData(db);
        for (int month = 1; month <= 11; month++) {
            verified.add(experience.record(world.studentA(), "VERIFIED", true, "US", LocalDate.of(2024, month, 1),
                    LocalDate.of(2024, month, 20), 30));
        }
        submitted = experience.record(world.studentA(), "SUBMITTED", true, "US", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), 3);
        foreignVerified = experience.record(world.studentB(), "VERIFIED", true, "US", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), 30);
        SignIn.as(world.studentA());
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    ErasEntryInput entry(long recordId) {
        return new ErasEntryInput(recordId, "Admitted and followed ward patients.", false, null);
    }

    @Test
    void only_current_verified_records_can_be_chosen() {
        ErasSelection selection = eras.mine();
        assertThat(selection.candidates()).extracting(VerifiedExperience::recordId).containsExactlyInAnyOrderElementsOf(verified);
        assertThat(selection.version()).isEqualTo(-1);
        assertThat(selection.editable()).isTrue();
        assertThat(fieldErrors(() -> eras.save(world.studentA().personId(), -1, List.of(entry(submitted)))))
                .containsKey("entries");
        assertThat(fieldErrors(() -> eras.save(world.studentA().personId(), -1, List.of(entry(foreignVerified)))))
                .containsKey("entries");
    }

    @Test
    void the_student_chooses_and_orders_entries_and_marks_the_most_meaningful() {
        long student = world.studentA().personId();
        ErasSelection saved = eras.save(student, -1, List.of(entry(verified.get(2)),
                new ErasEntryInput(verified.get(0), "Ran the clinic's diabetes education.", true, "It taught me to listen."),
                entry(verified.get(1))));

        assertThat(saved.entries()).extracting(e -> e.experience().recordId()).containsExactly(verified.get(2), verified.get(0), verified.get(1));
        assertThat(saved.entries().get(1).mostMeaningful()).isTrue();
        assertThat(saved.entries().get(1).meaningfulNote()).isEqualTo("It taught me to listen.");
        assertThat(saved.version()).isZero();
        assertThat(eras.save(student, 0, List.of(entry(verified.get(1)))).entries()).hasSize(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("eras.save").and(AUDIT_EVENT.STUDENT_ID.eq(student)))).isEqualTo(2);
    }

    @Test
    void eras_limits_are_refused_with_a_message_at_the_field() {
        long student = world.studentA().personId();
        assertThat(fieldErrors(() -> eras.save(student, -1, verified.stream().map(this::entry).toList())))
                .containsEntry("entries", "ERAS takes at most 10 experiences; remove 1.");
        assertThat(fieldErrors(() -> eras.save(student, -1, List.of(new ErasEntryInput(verified.get(0), "x".repeat(751), false, null)))))
                .containsEntry("description-1", "ERAS takes at most 750 characters; this has 751.");
        assertThat(fieldErrors(() -> eras.save(student, -1, List.of(entry(verified.get(0)),
                new ErasEntryInput(verified.get(1), "Fine.", true, "y".repeat(301))))))
                .containsEntry("note-2", "ERAS takes at most 300 characters here; this has 301.");
        assertThat(fieldErrors(() -> eras.save(student, -1, List.of(new ErasEntryInput(verified.get(0), " ", true, " ")))))
                .containsKeys("description-1", "note-1");
        assertThat(fieldErrors(() -> eras.save(student, -1, IntStream.range(0, 4)
                .mapToObj(i -> new ErasEntryInput(verified.get(i), "Fine.", true, "Why.")).toList())))
                .containsEntry("entries", "Mark at most 3 experiences as most meaningful.");
        assertThat(fieldErrors(() -> eras.save(student, -1, List.of(entry(verified.get(0)), entry(verified.get(0))))))
                .containsEntry("entries", "Experience 2 is chosen twice.");
        // exactly at the limits is fine
        eras.save(student, -1, IntStream.range(0, 10).mapToObj(i -> new ErasEntryInput(verified.get(i), "d".repeat(750),
                i < 3, i < 3 ? "n".repeat(300) : null)).toList());
    }

    @Test
    void two_sessions_saving_the_same_version_one_wins_the_other_is_told() {
        long student = world.studentA().personId();
        eras.save(student, -1, List.of(entry(verified.get(0))));
        SignIn.as(world.mentorA());
        eras.save(student, 0, List.of(entry(verified.get(1))));
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> eras.save(student, 0, List.of(entry(verified.get(2)))))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("changed by someone else");
        assertThatThrownBy(() -> eras.save(student, -1, List.of(entry(verified.get(2))))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void the_mentor_chooses_too_advisors_and_admins_read_others_see_nothing() {
        long student = world.studentA().personId();
        SignIn.as(world.mentorA());
        assertThat(eras.selection(student).editable()).isTrue();
        eras.save(student, -1, List.of(entry(verified.get(0))));
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("eras.read").and(AUDIT_EVENT.ACTOR_ID.eq(world.mentorA().personId())))).isTrue();

        SignIn.as(world.advisorA());
        assertThat(eras.selection(student).editable()).isFalse();
        assertThatThrownBy(() -> eras.save(student, 0, List.of())).isInstanceOf(AccessDeniedException.class);
        SignIn.as(world.admin());
        assertThat(eras.selection(student).entries()).hasSize(1);

        for (var outsider : List.of(world.mentorB(), world.advisorB(), world.studentB())) {
            SignIn.as(outsider);
            assertThatThrownBy(() -> eras.selection(student)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> eras.save(student, 0, List.of())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> eras.exportPdf(student)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void the_export_as_text_and_pdf_holds_every_field_to_paste() throws IOException {
        long student = world.studentA().personId();
        eras.save(student, -1, List.of(new ErasEntryInput(verified.get(0), "Präsentierte Fälle à la visite; José's clinic with Анна Иванова, Ελένη Παπαδοπούλου, محمد علي and प्रिया शर्मा 医院.", true,
                "It changed how I talk to families.")));

        String text = eras.exportText(student);
        assertThat(text).contains("1. Clinical rotation (most meaningful)", "Organization: Mercy Hospital, Internal Medicine",
                "Location: Chicago, IL, US", "Dates: 01/2024 – 01/2024 · 40 hours per week", "Supervisor: Dr. Jane Doe",
                "Präsentierte Fälle à la visite; José's clinic with Анна Иванова, Ελένη Παπαδοπούλου, محمد علي and प्रिया शर्मा 医院.", "It changed how I talk to families.");

        byte[] pdf = eras.exportPdf(student);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            String extracted = new PDFTextStripper().getText(document);
            // CJK is the one script the bundled fonts leave out (see PdfFonts): it prints as "?"; Devanagari's joined
            // letters print but carry no text of their own (LetterPdfTest)
            assertThat(extracted).contains("Präsentierte Fälle à la visite; José's clinic with Анна Иванова, Ελένη Παπαδοπούλου,",
                    "محمد علي", "या", " ??.").contains("It changed how I talk to families.");
        }
    }

    @Test
    void a_pasted_link_longer_than_the_line_is_cut_in_the_pdf_rather_than_running_off_the_page() throws IOException {
        long student = world.studentA().personId();
        String link = "https://example.test/case-series/" + "a1b2c3d4".repeat(60);
        eras.save(student, -1, List.of(new ErasEntryInput(verified.get(0), "Published at " + link, false, null)));

        try (var document = Loader.loadPDF(eras.exportPdf(student))) {
            List<String> lines = new PDFTextStripper().getText(document).lines().toList();
            int first = lines.indexOf("Published at");
            assertThat(first).as("the link starts a line of its own").isPositive();
            List<String> pieces = lines.subList(first + 1, lines.size()).stream().takeWhile(l -> !l.isBlank()).toList();
            assertThat(pieces).hasSizeGreaterThan(3);
            assertThat(String.join("", pieces)).isEqualTo(link);
        }
    }

    private static java.util.Map<String, String> fieldErrors(Runnable save) {
        try {
            save.run();
        } catch (InvalidInputException e) {
            return e.fieldErrors();
        }
        throw new AssertionError("expected the save to be refused");
    }
}
