package com.smartpick.advising.letter;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a writer outside the portal sees through their link: who asks, for what, whether the student waived reading
 * it, and, for a letter sent back, the advisor's reason.
 */
public record LinkedLetter(String studentName, String writerName, String specialty, List<String> programs,
        boolean waived, LetterStatus status, @Nullable String returnedBecause, OffsetDateTime linkExpiresAt) {
}
