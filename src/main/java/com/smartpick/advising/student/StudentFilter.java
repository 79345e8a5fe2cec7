package com.smartpick.advising.student;

import org.jspecify.annotations.Nullable;

/** What "My students" is narrowed to: free text over name, e-mail, school and country; and one cohort. */
public record StudentFilter(String text, @Nullable Long cohortId) {

    public static final StudentFilter NONE = new StudentFilter("", null);

    public StudentFilter {
        text = text.strip();
    }
}
