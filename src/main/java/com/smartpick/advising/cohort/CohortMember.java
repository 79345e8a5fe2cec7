package com.smartpick.advising.cohort;

import com.smartpick.advising.security.PersonSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A student enrolled in a cohort, with the mentors assigned to them there. */
public record CohortMember(long studentId, String displayName, @Nullable String email, EnrollmentStatus status,
        List<PersonSummary> mentors) {

    public CohortMember {
        mentors = List.copyOf(mentors);
    }
}
