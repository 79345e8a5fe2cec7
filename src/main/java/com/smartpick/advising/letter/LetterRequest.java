package com.smartpick.advising.letter;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A student's request: from which of their mentors, for which specialty and programs, by when, waiving or not.
 *
 * @param purpose what the student calls this letter, e.g. "Chair's letter", to tell it from others of the same writer
 */
public record LetterRequest(long mentorId, String specialty, @Nullable String purpose, List<String> programs,
        @Nullable LocalDate dueOn, boolean waiveRightToRead) {

    public LetterRequest {
        programs = List.copyOf(programs);
    }
}
