package com.smartpick.advising.readiness;

import com.smartpick.advising.smartpick.engine.Specialty;
import org.jspecify.annotations.Nullable;

/**
 * What the dashboard is narrowed to; a null or blank part does not narrow. {@code ready} keeps only the students
 * without any flag (the "Ready" figure); {@code name} is a part of the student's name, case and accents aside.
 */
public record ReadinessFilter(@Nullable Flag flag, @Nullable Long cohortId, @Nullable Long mentorId,
        @Nullable Specialty specialty, boolean ready, String name) {

    public static final ReadinessFilter NONE = new ReadinessFilter(null, null, null, null);

    public ReadinessFilter(@Nullable Flag flag, @Nullable Long cohortId, @Nullable Long mentorId, @Nullable Specialty specialty) {
        this(flag, cohortId, mentorId, specialty, false, "");
    }

    /** The same students before a figure chose among them: what the figures count. */
    public ReadinessFilter withoutFigure() {
        return new ReadinessFilter(null, cohortId, mentorId, specialty, false, name);
    }
}
