package com.smartpick.advising.letter;

import static com.smartpick.advising.base.PdfFonts.Weight.BOLD;
import static com.smartpick.advising.base.PdfFonts.Weight.REGULAR;

import com.smartpick.advising.base.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;

/**
 * Renders an approved letter's text to a PDF with its letterhead: author, title, institution, contact, date, in the
 * app's {@link PdfFonts}, so names in any of their scripts print. The fonts are embedded as subsets, so the longest
 * letter the app accepts stays far below ERAS's 1 MB.
 */
final class LetterPdf {

    static final int MAX_BYTES = 1024 * 1024;
    private static final float MARGIN = 64;
    private static final float BODY_SIZE = 11;
    private static final float LEADING = 15;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    record Page(String author, Letterhead letterhead, LocalDate date, String studentName, String specialty, String body) {
    }

    byte[] render(Page letter) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfFonts fonts = new PdfFonts(document);
            Writer writer = new Writer(document, fonts);
            writer.line(BOLD, 14, letter.author());
            for (String head : new String[] {letter.letterhead().title(), letter.letterhead().institution(),
                    letter.letterhead().contact()}) {
                if (head != null && !head.isBlank()) {
                    writer.line(REGULAR, 10, head);
                }
            }
            writer.rule();
            writer.gap();
            writer.line(REGULAR, BODY_SIZE, DATE.format(letter.date()));
            writer.gap();
            writer.line(BOLD, BODY_SIZE, "Letter of recommendation for " + letter.studentName() + " (" + letter.specialty() + ")");
            writer.gap();
            for (String paragraph : letter.body().split("\\R", -1)) {
                if (paragraph.isBlank()) {
                    writer.gap();
                } else {
                    for (String line : fonts.wrap(paragraph.strip(), REGULAR, BODY_SIZE, writer.width())) {
                        writer.line(REGULAR, BODY_SIZE, line);
                    }
                }
            }
            writer.close();
            document.save(out);
            if (out.size() > MAX_BYTES) {
                throw new IllegalStateException("The letter's PDF is " + out.size() + " bytes, above ERAS's 1 MB.");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes lines top to bottom, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PdfFonts fonts;
        private @Nullable PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PdfFonts fonts) throws IOException {
            this.document = document;
            this.fonts = fonts;
            newPage();
        }

        float width() {
            return PDRectangle.LETTER.getWidth() - 2 * MARGIN;
        }

        void line(PdfFonts.Weight weight, float size, String text) throws IOException {
            if (y < MARGIN + LEADING) {
                newPage();
            }
            PDPageContentStream page = current();
            page.beginText();
            page.newLineAtOffset(MARGIN, y);
            fonts.show(page, text, weight, size);
            page.endText();
            y -= Math.max(LEADING, size + 4);
        }

        void gap() {
            y -= LEADING / 2;
        }

        void rule() throws IOException {
            PDPageContentStream page = current();
            page.moveTo(MARGIN, y + LEADING / 2);
            page.lineTo(PDRectangle.LETTER.getWidth() - MARGIN, y + LEADING / 2);
            page.stroke();
            gap();
        }

        void close() throws IOException {
            current().close();
        }

        private PDPageContentStream current() {
            if (stream == null) {
                throw new IllegalStateException("no page");
            }
            return stream;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }
    }
}
