package com.smartpick.advising.base;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Text a person typed, made fit to store and to show: what the services call before they check lengths and save.
 *
 * <ul>
 *   <li>control characters go (NUL cannot even be stored in PostgreSQL text: it would fail the save); a one-line
 *       field turns tabs and line breaks into spaces;</li>
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

    private static String clean(String raw, boolean keepLines) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, raw.charAt(++i));
                if (!isNoncharacter(codePoint)) {
                    out.appendCodePoint(codePoint);
                }
            } else if (Character.isSurrogate(c) || dropped(c)) {
                continue;
            } else if (c == '\n' || c == '\t') {
                out.append(keepLines ? c : ' ');
            } else if (Character.isISOControl(c)) {
                continue;
            } else {
                out.append(c);
            }
        }
        return limitCombiningRuns(Normalizer.normalize(out, Normalizer.Form.NFC)).strip();
    }

    private static boolean dropped(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200B' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint & 0xFFFE) == 0xFFFE;
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
