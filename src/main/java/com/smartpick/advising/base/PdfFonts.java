package com.smartpick.advising.base;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The fonts every PDF of the app draws text with, so that any name prints: Noto Sans (Latin, Greek, Cyrillic) first,
 * and for a character it lacks the first of Noto Sans Arabic, Devanagari and Hebrew that has it; only a character
 * none of them has (CJK among them: Noto's CJK fonts weigh over 15 MB each) prints as "?". Fonts are embedded as
 * subsets, and a fallback only when a text needs it, so a page stays a few kilobytes. Right-to-left runs are laid out
 * in visual order, which PDF text extraction turns back into reading order; letters are not joined (no shaping).
 * One instance per document, on one thread, as PDFBox's fonts are.
 */
public final class PdfFonts {

    /** How heavy the text is; the fallbacks come in regular only. */
    public enum Weight {
        REGULAR, BOLD
    }

    /** Text drawn in one font. */
    public record Run(PDType0Font font, String text) {
    }

    private enum Face {
        SANS("NotoSans-Regular.ttf"),
        SANS_BOLD("NotoSans-Bold.ttf"),
        ARABIC("NotoSansArabic-Regular.ttf"),
        DEVANAGARI("NotoSansDevanagari-Regular.ttf"),
        HEBREW("NotoSansHebrew-Regular.ttf");

        private static final List<Face> FALLBACKS = List.of(ARABIC, DEVANAGARI, HEBREW);

        private final String file;
        private byte @Nullable [] bytes;
        private @Nullable CmapLookup characters;

        Face(String file) {
            this.file = file;
        }

        /** Read and parsed once per run of the application: which characters it draws is all the choice needs. */
        private synchronized byte[] bytes() {
            if (bytes == null) {
                try (InputStream in = PdfFonts.class.getResourceAsStream("/advising/fonts/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("The font " + file + " is missing from the application.");
                    }
                    bytes = in.readAllBytes();
                    TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    characters = parsed.getUnicodeCmapLookup();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return bytes;
        }

        boolean draws(int codePoint) {
            bytes();
            return characters != null && characters.getGlyphId(codePoint) != 0;
        }
    }

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** Draws the text at the current text position, each run in its font; call between beginText and endText. */
    public void show(PDPageContentStream content, String text, Weight weight, float size) throws IOException {
        for (Run run : runs(text, weight)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
    }

    /** How wide the text is drawn at this size, in PDF units. */
    public float width(String text, Weight weight, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, weight)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /**
     * The paragraph in lines no wider than {@code width}: words (split at single spaces, so a run of spaces stays) are
     * kept whole where they fit, and a word wider than the line, a pasted link say, is cut where the line is full. An
     * empty paragraph is one empty line.
     */
    public List<String> wrap(String paragraph, Weight weight, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, weight, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, weight, size) > width) {
                int cut = longestFittingPrefix(rest, weight, size, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * How many characters of a word too wide for the line fit on it, at least one. A binary search: a width is measured
     * over the whole prefix, so trying each length in turn made a pasted 2,000-character link take seconds.
     */
    private int longestFittingPrefix(String word, Weight weight, float size, float width) throws IOException {
        int fits = 1;
        int tooWide = word.length();
        while (tooWide - fits > 1) {
            int middle = (fits + tooWide) >>> 1;
            if (width(word.substring(0, middle), weight, size) <= width) {
                fits = middle;
            } else {
                tooWide = middle;
            }
        }
        return fits;
    }

    /**
     * The text as it is drawn, left to right, in runs of one font each. Control characters are dropped, other
     * whitespace becomes a space, and what no font draws becomes "?".
     */
    public List<Run> runs(String text, Weight weight) {
        Face primary = weight == Weight.BOLD ? Face.SANS_BOLD : Face.SANS;
        List<Run> runs = new ArrayList<>();
        Face current = null;
        StringBuilder run = new StringBuilder();
        for (int cp : visualOrder(drawable(text, primary)).codePoints().toArray()) {
            Face face = current != null && current.draws(cp) ? current
                    : Objects.requireNonNullElse(faceFor(cp, primary), primary);
            if (face != current && !run.isEmpty()) {
                runs.add(new Run(font(current), run.toString()));
                run.setLength(0);
            }
            current = face;
            run.appendCodePoint(cp);
        }
        if (current != null && !run.isEmpty()) {
            runs.add(new Run(font(current), run.toString()));
        }
        return runs;
    }

    private static String drawable(String text, Face primary) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(faceFor(cp, primary) == null ? '?' : cp);
            }
        });
        return out.toString();
    }

    private static @Nullable Face faceFor(int codePoint, Face primary) {
        if (primary.draws(codePoint)) {
            return primary;
        }
        return Face.FALLBACKS.stream().filter(face -> face.draws(codePoint)).findFirst().orElse(null);
    }

    /** Right-to-left stretches reversed in place, so that drawing left to right shows them as they are read. */
    static String visualOrder(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        String[] pieces = new String[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            String piece = text.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
            pieces[i] = levels[i] % 2 == 1 ? new StringBuilder(piece).reverse().toString() : piece;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        return String.join("", pieces);
    }

    private PDType0Font font(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(f.bytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
