package com.smartpick.advising.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a writer outside the portal sees through their link: who asks, for what, by when, whether the student waived
 * reading it, and, for a letter sent back, the advisor's reason.
 */
public record LinkedLetter(String studentName, String writerName, String specialty, List<String> programs,
        @Nullable LocalDate dueOn, boolean waived, LetterStatus status, @Nullable String returnedBecause,
        OffsetDateTime linkExpiresAt) {
}
