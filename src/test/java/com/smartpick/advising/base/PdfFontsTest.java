package com.smartpick.advising.base;

import static com.smartpick.advising.base.PdfFonts.Weight.REGULAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

@Execution(ExecutionMode.CONCURRENT)
class PdfFontsTest {

    private static final float WIDTH = 300;

    @Test
    void words_that_fit_stay_whole_and_each_line_is_as_full_as_the_next_word_allows() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            String paragraph = "Dr. Sofia Haddad rotated with our inpatient team for twelve weeks; her notes were "
                    + "thorough, her presentations clear, and patients asked for her by name.";
            List<String> lines = fonts.wrap(paragraph, REGULAR, 11, WIDTH);

            assertThat(String.join(" ", lines)).isEqualTo(paragraph);
            for (int i = 0; i < lines.size() - 1; i++) {
                assertThat(fonts.width(lines.get(i), REGULAR, 11)).isLessThanOrEqualTo(WIDTH);
                String withNextWord = lines.get(i) + " " + lines.get(i + 1).split(" ")[0];
                assertThat(fonts.width(withNextWord, REGULAR, 11)).as(withNextWord).isGreaterThan(WIDTH);
            }
        }
    }

    @Test
    void a_word_wider_than_the_line_is_cut_where_the_line_is_full_not_earlier() throws IOException {
        String word = "https://example.test/" + "a1Wi".repeat(300);
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            List<String> lines = fonts.wrap("See " + word, REGULAR, 11, WIDTH);

            assertThat(lines.getFirst()).isEqualTo("See");
            assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(word);
            for (int i = 1; i < lines.size() - 1; i++) {
                String line = lines.get(i);
                String withNext = line + lines.get(i + 1).charAt(0);
                assertThat(fonts.width(line, REGULAR, 11)).as(line).isLessThanOrEqualTo(WIDTH);
                assertThat(fonts.width(withNext, REGULAR, 11)).as(withNext).isGreaterThan(WIDTH);
            }
        }
    }

    @Test
    void an_empty_paragraph_is_one_empty_line() throws IOException {
        try (PDDocument document = new PDDocument()) {
            assertThat(new PdfFonts(document).wrap("", REGULAR, 11, WIDTH)).containsExactly("");
        }
    }
}
