package com.smartpick.advising.experience;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One revision of one experience. {@code revisionOf} names the verified row this draft revises; {@code supersededBy}
 * the later verified row that replaced this one. {@link #currentVerified()} is what counts as verified.
 */
public record ExperienceRecord(
        long id,
        long studentId,
        String studentName,
        @Nullable Long revisionOf,
        @Nullable Long supersededBy,
        ExperienceStatus status,
        ExperienceDetails details,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        @Nullable Instant reviewedAt,
        @Nullable String reviewedBy,
        @Nullable Confirmation confirmation,
        int version) {

    /** A physician outside the portal confirmed the record's details through a single-use link sent to them. */
    public record Confirmation(String name, String email, Instant at) {
    }

    public boolean currentVerified() {
        return status == ExperienceStatus.VERIFIED && supersededBy == null;
    }
}
