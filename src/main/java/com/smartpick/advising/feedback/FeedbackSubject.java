package com.smartpick.advising.feedback;

import com.smartpick.advising.security.Viewer;
import java.util.Optional;

/**
 * What feedback may be about, offered by the feature that owns it: experience offers its records, statement its
 * drafts. Feedback asks the owner whose subject an id is instead of reading the owner's tables, so the dependency runs
 * one way (the owners call feedback; feedback knows none of them).
 */
public interface FeedbackSubject {

    /**
     * A subject as feedback speaks of it.
     *
     * @param name how the student's inbox names it after "your", e.g. "observership at Mayo Clinic (1 Jan 2025 – 31 Mar
     *             2025)", so a message never says only "one of your records"
     */
    record Found(long studentId, String name) {
    }

    /** The kind of subject this owner answers for. */
    FeedbackAbout about();

    /** The subject, if it exists and the viewer may read it. */
    Optional<Found> find(Viewer viewer, long subjectId);
}
