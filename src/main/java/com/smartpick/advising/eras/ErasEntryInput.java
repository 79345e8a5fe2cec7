package com.smartpick.advising.eras;

import org.jspecify.annotations.Nullable;

/** One entry as a student or mentor saves it, in list order. */
public record ErasEntryInput(long recordId, String description, boolean mostMeaningful, @Nullable String meaningfulNote) {
}
