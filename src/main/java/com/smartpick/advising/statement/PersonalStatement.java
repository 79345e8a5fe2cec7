package com.smartpick.advising.statement;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal-statement draft the student keeps in the portal.
 *
 * @param sharedAt since when the student's mentors and advisors may read it; null while it is the student's alone
 */
public record PersonalStatement(long id, long studentId, String studentName, String title, String body, Instant updatedAt,
        @Nullable Instant sharedAt, int version) {

    public boolean shared() {
        return sharedAt != null;
    }
}
