package com.smartpick.advising.readiness;

import com.smartpick.advising.smartpick.engine.Specialty;
import org.jspecify.annotations.Nullable;

/** What the dashboard is narrowed to; a null part does not narrow. */
public record ReadinessFilter(@Nullable Flag flag, @Nullable Long cohortId, @Nullable Long mentorId,
        @Nullable Specialty specialty) {

    public static final ReadinessFilter NONE = new ReadinessFilter(null, null, null, null);
}
