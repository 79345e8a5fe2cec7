package com.smartpick.advising.letter;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A student asks a physician outside the portal, known only by name and e-mail, for a letter. */
public record OutsideLetterRequest(String writerName, String writerEmail, String specialty, @Nullable String purpose,
        List<String> programs, @Nullable LocalDate dueOn, boolean waiveRightToRead) {

    public OutsideLetterRequest {
        programs = List.copyOf(programs);
    }
}
