package com.smartpick.advising.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * An uploaded file accepted by what its bytes are, never by its name or the browser's claimed type: a PDF starts
 * with {@code %PDF-}, a PNG with its eight-byte signature, a JPEG with {@code FF D8 FF}.
 */
public record UploadedFile(String fileName, Kind kind, byte[] content) {

    public static final int MAX_FILE_NAME = 200;

    public enum Kind {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

        private final String mediaType;
        private final byte[] signature;

        Kind(String mediaType, byte[] signature) {
            this.mediaType = mediaType;
            this.signature = signature;
        }

        public String mediaType() {
            return mediaType;
        }

        boolean matches(byte[] content) {
            return content.length >= signature.length
                    && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        }
    }

    public UploadedFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    /**
     * Checks a file's content and size and cleans its name.
     *
     * @param field the form field a refusal belongs to
     * @throws InvalidInputException naming the field, in words a user understands
     */
    public static UploadedFile check(String field, String fileName, byte[] content, long maxBytes, Set<Kind> accepted) {
        if (content.length == 0) {
            throw new InvalidInputException(field, "The file is empty.");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "The file is " + readableSize(content.length)
                    + "; the limit is " + readableSize(maxBytes) + ".");
        }
        Kind kind = accepted.stream().filter(k -> k.matches(content)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "This file is not "
                        + String.join(" or ", accepted.stream().map(Enum::name).sorted().toList())
                        + " (judged by its content, not its name)."));
        return new UploadedFile(cleanName(fileName, kind), kind, content);
    }

    /**
     * A name safe to show and to send back in a download header: no paths, no control or quote characters, and none
     * of the invisible tricks {@link UserText} removes (an RTL override, U+202E, before {@code fdp.exe} makes it read as
     * {@code exe.pdf}).
     */
    static String cleanName(String fileName, Kind kind) {
        String base = fileName.replace('\\', '/');
        base = UserText.line(base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_"));
        if (base.length() > MAX_FILE_NAME) {
            base = base.substring(base.length() - MAX_FILE_NAME);
        }
        return base.isEmpty() || base.chars().allMatch(c -> c == '.') ? "file." + kind.name().toLowerCase(Locale.ROOT) : base;
    }

    public static String readableSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
