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
        int version) {

    public boolean currentVerified() {
        return status == ExperienceStatus.VERIFIED && supersededBy == null;
    }
}
