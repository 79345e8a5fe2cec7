package com.smartpick.advising.feedback;

import com.smartpick.advising.security.Viewer;
import java.util.Optional;

/**
 * What feedback may be about, offered by the feature that owns it: experience offers its records, statement its
 * drafts. Feedback asks the owner whose subject an id is instead of reading the owner's tables, so the dependency runs
 * one way (the owners call feedback; feedback knows none of them).
 */
public interface FeedbackSubject {

    /** The kind of subject this owner answers for. */
    FeedbackAbout about();

    /** The student the subject belongs to, if it exists and the viewer may see that student. */
    Optional<Long> studentOf(Viewer viewer, long subjectId);
}
