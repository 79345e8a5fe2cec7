package com.smartpick.advising.student;

import org.jspecify.annotations.Nullable;

/** One row of "My students". */
public record StudentRow(long id, String displayName, @Nullable String email, @Nullable String schoolCountry,
        @Nullable Integer graduationYear, @Nullable Integer step2ckScore, @Nullable String visaNeed,
        String cohorts, String mentors) {
}
