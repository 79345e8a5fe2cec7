package com.smartpick.advising.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a letter is named wherever a student lists or picks letters. Writer and specialty alone read the same for two
 * letters of one writer, so the name adds what the student called the letter and the day she asked for it.
 */
final class LetterName {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private LetterName() {
    }

    static String of(String writer, String specialty, @Nullable String purpose, LocalDate requestedOn) {
        return writer + " · " + specialty + (purpose == null ? "" : " · " + purpose) + " · asked "
                + DAY.format(requestedOn);
    }
}
