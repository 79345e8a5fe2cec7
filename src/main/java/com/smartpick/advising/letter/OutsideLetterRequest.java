package com.smartpick.advising.letter;

import java.util.List;

/** A student asks a physician outside the portal, known only by name and e-mail, for a letter. */
public record OutsideLetterRequest(String writerName, String writerEmail, String specialty, List<String> programs,
        boolean waiveRightToRead) {

    public OutsideLetterRequest {
        programs = List.copyOf(programs);
    }
}
