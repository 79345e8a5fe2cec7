package com.smartpick.advising.feedback;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** @param subjectId the record or personal-statement id, null for general feedback */
public record Feedback(long id, long studentId, String authorName, FeedbackAbout about, @Nullable Long subjectId,
        FeedbackVisibility visibility, String body, Instant createdAt) {
}
