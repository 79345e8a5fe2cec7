package com.smartpick.advising.eras;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The ERAS entries as a person pastes them into MyERAS: one block per experience, a field per line, the
 * description and the "most meaningful" text whole. The PDF carries the same text in a Unicode font (PDFBox's own
 * Liberation Sans, embedded), so accents copy out of it as they went in.
 */
final class ErasDocument {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 14;

    private ErasDocument() {
    }

    static String text(ErasSelection selection, LocalDate today) {
        StringBuilder text = new StringBuilder("ERAS experiences: ").append(selection.studentName()).append('\n')
                .append("Prepared ").append(DAY.format(today)).append(" from verified records; paste each field into MyERAS.\n");
        int position = 0;
        for (ErasEntry entry : selection.entries()) {
            VerifiedExperience e = entry.experience();
            text.append("\n").append(++position).append(". ").append(e.type())
                    .append(entry.mostMeaningful() ? " (most meaningful)" : "").append('\n')
                    .append("Organization: ").append(e.institution()).append(e.department() == null ? "" : ", " + e.department()).append('\n')
                    .append("Location: ").append(e.location()).append('\n')
                    .append("Dates: ").append(MONTH.format(e.startDate())).append(" – ")
                    .append(e.ongoing() || e.endDate() == null ? "present" : MONTH.format(e.endDate()))
                    .append(" · ").append(e.hoursPerWeek()).append(" hours per week\n")
                    .append("Supervisor: ").append(e.supervisor()).append('\n')
                    .append("Description (").append(entry.description().length()).append('/').append(ErasLimits.MAX_DESCRIPTION)
                    .append(" characters):\n").append(entry.description()).append('\n');
            if (entry.mostMeaningful() && entry.meaningfulNote() != null) {
                text.append("Most meaningful experience (").append(entry.meaningfulNote().length()).append('/')
                        .append(ErasLimits.MAX_MEANINGFUL_NOTE).append(" characters):\n").append(entry.meaningfulNote()).append('\n');
            }
        }
        if (selection.entries().isEmpty()) {
            text.append("\nNo experiences chosen yet.\n");
        }
        return text.toString();
    }

    static byte[] pdf(ErasSelection selection, LocalDate today) {
        try (PDDocument document = new PDDocument(); InputStream fontFile = ErasDocument.class.getResourceAsStream(FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("PDFBox's bundled font is missing: " + FONT);
            }
            PDType0Font font = PDType0Font.load(document, fontFile);
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text(selection, today).split("\n", -1)) {
                lines.addAll(wrap(printable(paragraph, font), font, width));
            }
            int perPage = (int) ((PDRectangle.LETTER.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.LETTER.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Characters the font cannot draw (e.g. CJK, emoji) become "?", so one of them never loses the whole PDF. */
    private static String printable(String text, PDType0Font font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            try {
                font.encode(one);
                out.append(one);
            } catch (IllegalArgumentException | IOException notInFont) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String paragraph, PDType0Font font, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * SIZE <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
