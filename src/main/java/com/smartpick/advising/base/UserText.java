package com.smartpick.advising.base;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Text a person typed or uploaded, made fit to store and to show: what the services call before they check lengths
 * and save. Its one rule of what does not belong in text ({@link #isHidden}) serves every other use too: an import
 * refuses a cell that has such a character ({@link #hasHidden}), and a message quoting someone's text shows each as
 * "?" ({@link #excerpt}).
 *
 * <ul>
 *   <li>control characters go (NUL cannot even be stored in PostgreSQL text: it would fail the save); a one-line
 *       field turns tabs and line breaks (the Unicode line and paragraph separators too) into spaces;</li>
 *   <li>the explicit direction controls U+202A–U+202E and U+2066–U+2069 go: an RTL override in a name makes the
 *       rest of it read backwards everywhere it is shown (a spoofing trick), and typed text never needs them;</li>
 *   <li>lone surrogates (half an emoji, from a broken paste) go: they have no UTF-8 form;</li>
 *   <li>zero-width space, BOM and noncharacters go, so two names that look alike are alike; zero-width joiners and
 *       non-joiners stay, since emoji sequences and Persian or Indic words need them;</li>
 *   <li>the text is put in Unicode NFC, so "é" typed two ways is one name, and runs of more than
 *       {@value #MAX_COMBINING_RUN} combining marks on one letter ("Zalgo" text that draws over the lines around
 *       it) are cut down.</li>
 * </ul>
 *
 * Markup is not removed: the views show user text as text, so {@code <script>} is shown literally, never run.
 */
public final class UserText {

    static final int MAX_COMBINING_RUN = 4;
    /** How much of a person's text a message quotes back. */
    static final int EXCERPT = 30;
    private static final int LINE_SEPARATOR = 0x2028;
    private static final int PARAGRAPH_SEPARATOR = 0x2029;

    private UserText() {
    }

    /** One line (a name, a title, a country), stripped of surrounding white space. */
    public static String line(String raw) {
        return clean(raw, false);
    }

    /** {@link #line}, keeping an absent value absent. */
    public static @Nullable String lineOrNull(@Nullable String raw) {
        return raw == null ? null : line(raw);
    }

    /** {@link #line} for an optional field: absent, or nothing left once cleaned, is absent. */
    public static @Nullable String lineOrAbsent(@Nullable String raw) {
        return raw == null ? null : absentIfEmpty(line(raw));
    }

    /** {@link #multiline} for an optional field: absent, or nothing left once cleaned, is absent. */
    public static @Nullable String multilineOrAbsent(@Nullable String raw) {
        return raw == null ? null : absentIfEmpty(multiline(raw));
    }

    private static @Nullable String absentIfEmpty(String clean) {
        return clean.isEmpty() ? null : clean;
    }

    /** Several lines (a note, a letter): line breaks and tabs stay, as {@code \n} and {@code \t}. */
    public static String multiline(String raw) {
        return clean(raw.replace("\r\n", "\n").replace('\r', '\n'), true);
    }

    /**
     * Whether a character has no place in text a person writes, whatever it is for: a control character (line breaks
     * and tabs included), a line or paragraph separator, an explicit direction control, a zero-width space, a BOM, a
     * noncharacter, or half a surrogate pair.
     */
    public static boolean isHidden(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == LINE_SEPARATOR || codePoint == PARAGRAPH_SEPARATOR
                || (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200B || codePoint == 0xFEFF || (codePoint & 0xFFFE) == 0xFFFE
                || Character.getType(codePoint) == Character.SURROGATE;
    }

    /** Whether the text has a character {@link #isHidden}: what an import refuses in a cell, rather than change it. */
    public static boolean hasHidden(String text) {
        return text.codePoints().anyMatch(UserText::isHidden);
    }

    /**
     * Someone's text quoted back in a message: each hidden character shown as "?", and cut short, so a message never
     * carries a whole pasted document nor text that disguises itself.
     */
    public static String excerpt(String raw) {
        StringBuilder shown = new StringBuilder();
        raw.codePoints().forEach(c -> shown.appendCodePoint(isHidden(c) ? '?' : c));
        return shown.codePointCount(0, shown.length()) <= EXCERPT ? shown.toString()
                : shown.substring(0, shown.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }

    private static String clean(String raw, boolean keepLines) {
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                out.append(keepLines ? (char) c : ' ');
            } else if (c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                out.append(keepLines ? '\n' : ' ');
            } else if (!isHidden(c)) {
                out.appendCodePoint(c);
            }
        });
        return limitCombiningRuns(Normalizer.normalize(out, Normalizer.Form.NFC)).strip();
    }

    private static String limitCombiningRuns(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean combining = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            run = combining ? run + 1 : 0;
            if (run <= MAX_COMBINING_RUN) {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
