package com.smartpick.advising.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class LetterPdfTest {

    private final LetterPdf renderer = new LetterPdf();

    @Test
    void the_longest_letter_the_app_accepts_renders_to_well_under_erass_one_megabyte() throws IOException {
        StringBuilder body = new StringBuilder();
        String paragraph = "Dr. Sofia Haddad rotated with our inpatient team for twelve weeks; her notes were thorough, "
                + "her presentations clear, and patients asked for her by name. Ünïcödé names — Łódź, São Paulo, 東京 — print. ";
        while (body.length() + paragraph.length() + 1 <= LetterService.MAX_BODY) {
            body.append(paragraph).append(body.length() % 3 == 0 ? "\n\n" : "");
        }
        byte[] pdf = renderer.render(new LetterPdf.Page("Dr. Chen Li", new Letterhead("Professor of Medicine",
                "Test University Hospital", "chen.li@test.invalid · +1 555 0100"), LocalDate.of(2026, 11, 30),
                "Sofia Haddad", "Internal Medicine", body.toString()));

        System.out.printf("letter of %d characters → PDF of %d bytes%n", body.length(), pdf.length);
        assertThat(pdf.length).isLessThanOrEqualTo(LetterPdf.MAX_BYTES);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Dr. Chen Li", "Professor of Medicine", "Test University Hospital",
                    "chen.li@test.invalid", "November 30, 2026", "Sofia Haddad", "Internal Medicine", "São Paulo", "??");
        }
    }

    @Test
    void names_in_latin_greek_cyrillic_arabic_devanagari_and_hebrew_print_and_copy_out_as_written() throws IOException {
        List<String> names = List.of("Łukasz Wójcik-Ødegård", "Ελένη Παπαδοπούλου", "Анна Иванова", "محمد علي", "שרה כהן");
        String devanagari = "प्रिया शर्मा";
        byte[] pdf = renderer.render(new LetterPdf.Page(names.get(1), new Letterhead(names.get(2), names.get(4), null),
                LocalDate.of(2026, 11, 30), names.get(3), "Internal Medicine",
                "I recommend " + names.get(0) + " and " + devanagari + " without reservation."));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            // Devanagari prints with its conjuncts formed (PDFBox applies the font's substitutions), and those joined
            // glyphs carry no text of their own, so only the letters drawn alone copy out
            assertThat(text).contains(names).contains("या").doesNotContain("?");
        }
    }

    @Test
    void a_word_wider_than_the_line_is_cut_rather_than_running_off_the_page() throws IOException {
        byte[] pdf = renderer.render(new LetterPdf.Page("A", Letterhead.EMPTY, LocalDate.of(2026, 1, 1), "B", "C",
                "x".repeat(2000)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).lines().filter(l -> l.startsWith("xxx")).count())
                    .isGreaterThan(10);
        }
    }
}
