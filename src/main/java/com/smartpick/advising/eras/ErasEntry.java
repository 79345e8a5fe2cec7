package com.smartpick.advising.eras;

import org.jspecify.annotations.Nullable;

/** One ERAS experience: a verified record with the description written for ERAS. */
public record ErasEntry(VerifiedExperience experience, String description, boolean mostMeaningful,
        @Nullable String meaningfulNote) {
}
