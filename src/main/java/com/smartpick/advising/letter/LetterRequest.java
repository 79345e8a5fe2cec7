package com.smartpick.advising.letter;

import java.util.List;

/** A student's request: from which of their mentors, for which specialty and programs, waiving or not. */
public record LetterRequest(long mentorId, String specialty, List<String> programs, boolean waiveRightToRead) {

    public LetterRequest {
        programs = List.copyOf(programs);
    }
}
