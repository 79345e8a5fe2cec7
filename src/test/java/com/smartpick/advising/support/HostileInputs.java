package com.smartpick.advising.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * Hostile input for any form or service that takes text or files: feed every entry of {@link #texts()} to each text
 * field (a {@code @MethodSource}), {@link #oversized} to each bounded one, and {@link #files} to each upload. The
 * expectation is the same everywhere: the input is either refused with a field message
 * ({@code InvalidInputException}) or stored cleaned ({@code base/UserText}) and shown as text; never a crash, a
 * stack trace, a script run, a changed query, or a database error.
 */
public final class HostileInputs {

    public static final String SCRIPT_TAG = "<script>alert('xss')</script>";
    public static final String IMG_ONERROR = "<img src=x onerror=alert(document.cookie)>";
    public static final String ATTRIBUTE_BREAKOUT = "\"><svg onload=alert(1)>";
    public static final String JAVASCRIPT_URL = "javascript:alert(1)";
    public static final String SQL_DROP = "'; drop table person; --";
    public static final String SQL_TAUTOLOGY = "' OR '1'='1";
    public static final String SQL_COMMENT = "Robert'); DELETE FROM advising.cohort; /*";
    public static final String LIKE_WILDCARDS = "%_%\\";
    public static final String RTL_OVERRIDE = "Dr. \u202Egnp.exe";
    public static final String DIRECTION_ISOLATES = "\u2067Cairo\u2069 University";
    public static final String ZERO_WIDTH_JOINER = "Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 clinic";
    public static final String ZERO_WIDTH_SPACE = "Ha\u200Brvard";
    public static final String EMOJI = "\uD83E\uDE7A Cardiology \uD83E\uDEC0 2027";
    public static final String NUL = "Saint\u0000Mary";
    public static final String CONTROL_CHARACTERS = "bell\u0007 escape\u001B[31m red\u007F";
    public static final String LINE_BREAKS = "first line\r\nsecond line\tand a tab";
    public static final String COMBINING_MARKS = "Universite\u0301 de Montre\u0301al";
    public static final String ZALGO = "Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035Aalgo";
    public static final String LONE_HIGH_SURROGATE = "half \uD83D emoji";
    public static final String LONE_LOW_SURROGATE = "other half \uDE00 here";
    public static final String BOM_AND_NONCHARACTER = "\uFEFFKing's College\uFFFF";
    public static final String RIGHT_TO_LEFT = "جامعة القاهرة";
    public static final String ONLY_INVISIBLES = "\u200B\u202E\u0000 \u2066";
    public static final String PATH_TRAVERSAL = "../../etc/passwd";
    public static final String TEMPLATE_EXPRESSIONS = "${7*7} {{7*7}} #{7*7}";

    private HostileInputs() {
    }

    /** Every hostile text, named for test reports. */
    public static Stream<Named<String>> texts() {
        return Stream.of(
                Named.of("script tag", SCRIPT_TAG), Named.of("img onerror", IMG_ONERROR),
                Named.of("attribute breakout", ATTRIBUTE_BREAKOUT), Named.of("javascript: URL", JAVASCRIPT_URL),
                Named.of("SQL drop table", SQL_DROP), Named.of("SQL tautology", SQL_TAUTOLOGY),
                Named.of("SQL comment", SQL_COMMENT), Named.of("LIKE wildcards", LIKE_WILDCARDS),
                Named.of("RTL override U+202E", RTL_OVERRIDE), Named.of("direction isolates", DIRECTION_ISOLATES),
                Named.of("zero-width joiner emoji", ZERO_WIDTH_JOINER), Named.of("zero-width space", ZERO_WIDTH_SPACE),
                Named.of("emoji", EMOJI), Named.of("NUL", NUL), Named.of("control characters", CONTROL_CHARACTERS),
                Named.of("line breaks in one line", LINE_BREAKS), Named.of("combining marks", COMBINING_MARKS),
                Named.of("Zalgo", ZALGO), Named.of("lone high surrogate", LONE_HIGH_SURROGATE),
                Named.of("lone low surrogate", LONE_LOW_SURROGATE), Named.of("BOM and noncharacter", BOM_AND_NONCHARACTER),
                Named.of("right-to-left script", RIGHT_TO_LEFT), Named.of("only invisible characters", ONLY_INVISIBLES),
                Named.of("path traversal", PATH_TRAVERSAL), Named.of("template expressions", TEMPLATE_EXPRESSIONS));
    }

    /** Texts one character over {@code max}, in UTF-16 units: plain letters, and emoji (two units each). */
    public static Stream<Named<String>> oversized(int max) {
        return Stream.of(
                Named.of("plain, max + 1", "x".repeat(max + 1)),
                Named.of("emoji, over max", "\uD83E\uDE7A".repeat(max / 2 + 1)),
                Named.of("a megabyte", "a".repeat(1024 * 1024)));
    }

    /** Characters that must never survive into stored one-line text. */
    public static boolean hasForbiddenCharacters(String stored) {
        return stored.chars().anyMatch(c -> (Character.isISOControl(c))
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200B || c == 0xFEFF
                || c == 0xFFFF) || hasLoneSurrogate(stored);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A file offered for upload: the name a browser sends, and its bytes. */
    public record HostileFile(String name, byte[] content) {

        @Override
        public String toString() {
            return name + " (" + content.length + " bytes)";
        }
    }

    /** Files whose name promises a PDF or image but whose content is something else, plus empty and oversized ones. */
    public static Stream<Named<HostileFile>> files(long maxBytes) {
        return Stream.of(
                Named.of("HTML named .pdf", file("cv.pdf", "<html><script>alert(1)</script></html>")),
                Named.of("Windows executable named .pdf", file("letter.pdf", "MZ\u0090\u0000\u0003")),
                Named.of("GIF named .png", file("photo.png", "GIF89a\u0001\u0000")),
                Named.of("SVG with script named .png", file("logo.png",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")),
                Named.of("ZIP named .pdf", file("transcript.pdf", "PK\u0003\u0004")),
                Named.of("PDF signature too late", file("late.pdf", " %PDF-1.7")),
                Named.of("empty file", new HostileFile("empty.pdf", new byte[0])),
                Named.of("oversized PDF", oversizedPdf(maxBytes)));
    }

    /** A real PDF signature followed by padding, one byte over {@code maxBytes}. */
    public static HostileFile oversizedPdf(long maxBytes) {
        byte[] content = new byte[Math.toIntExact(maxBytes + 1)];
        Arrays.fill(content, (byte) ' ');
        byte[] signature = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(signature, 0, content, 0, signature.length);
        return new HostileFile("big.pdf", content);
    }

    /** File names that try to escape a folder, break a header, or hide their type. */
    public static List<String> fileNames() {
        return List.of("../../etc/passwd.pdf", "C:\\Windows\\system32\\evil.pdf", "a\"; filename=evil.exe\".pdf",
                "report.pdf\u0000.exe", "\u202Efdp.exe", "<script>x</script>.pdf", "..", "x".repeat(1000) + ".pdf");
    }

    private static HostileFile file(String name, String content) {
        return new HostileFile(name, content.getBytes(StandardCharsets.ISO_8859_1));
    }
}
