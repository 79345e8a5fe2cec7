package com.smartpick.advising.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One event of the trail as the admin's search shows it. */
public record AuditEntry(long id, OffsetDateTime at, @Nullable Long actorId, String actorName, String actorRoles,
        String action, String subjectType, @Nullable Long subjectId, @Nullable Long studentId,
        @Nullable String studentName, @Nullable String before, @Nullable String after, @Nullable String detail) {
}
