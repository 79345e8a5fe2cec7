package com.smartpick.advising.letter;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An approved letter as SmartPick assigns letters to programs: which one, by whom, for which specialty, what the
 * student called it and when she asked for it.
 */
public record ApprovedLetter(long id, String author, String specialty, @Nullable String purpose, LocalDate requestedOn) {

    /** The name that tells this letter from the student's others. */
    public String label() {
        return LetterName.of(author, specialty, purpose, requestedOn);
    }
}
