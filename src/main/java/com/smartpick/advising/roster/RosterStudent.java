package com.smartpick.advising.roster;

import org.jspecify.annotations.Nullable;

/** One valid line of a roster file; the e-mail is lower-cased, every text is trimmed and in Unicode NFC. */
record RosterStudent(int line, String name, String email, @Nullable String medicalSchool, @Nullable String country,
        @Nullable Integer graduationYear, @Nullable Integer step2ckScore, @Nullable String preferredSpecialty) {

    boolean hasProfile() {
        return medicalSchool != null || country != null || graduationYear != null || step2ckScore != null
                || preferredSpecialty != null;
    }
}
