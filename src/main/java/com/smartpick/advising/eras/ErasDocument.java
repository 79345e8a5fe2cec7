package com.smartpick.advising.eras;

import com.smartpick.advising.base.PdfFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * The ERAS entries as a person pastes them into MyERAS: one block per experience, a field per line, the
 * description and the "most meaningful" text whole. The PDF carries the same text in the app's {@link PdfFonts}, so
 * names in any of their scripts print and copy out of it as they went in.
 */
final class ErasDocument {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
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
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : text(selection, today).split("\n", -1)) {
                lines.addAll(fonts.wrap(paragraph, PdfFonts.Weight.REGULAR, SIZE, width));
            }
            int perPage = (int) ((PDRectangle.LETTER.getHeight() - 2 * MARGIN) / LEADING);
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.LETTER.getHeight() - MARGIN);
                    for (String line : lines.subList(from, Math.min(lines.size(), from + perPage))) {
                        fonts.show(content, line, PdfFonts.Weight.REGULAR, SIZE);
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
}
