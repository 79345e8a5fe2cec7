package com.smartpick.advising.experience;

import java.time.Instant;

/** A submitted record in a reviewer's queue. */
public record ReviewItem(long recordId, long studentId, String studentName, ExperienceType type, String institution,
        String specialty, boolean handsOn, boolean inUs, boolean revision, Instant submittedAt) {
}
