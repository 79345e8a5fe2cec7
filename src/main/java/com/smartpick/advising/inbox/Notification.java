package com.smartpick.advising.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An in-app message to one person, e.g. "Your record was verified". */
public record Notification(long id, String kind, String message, @Nullable String subjectType, @Nullable Long subjectId,
        Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
