package com.smartpick.advising.inbox;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An e-mail of the outbox as the admins' page shows it: to whom, about what, and how sending it went. */
public record OutboxMail(long id, String to, String kind, String subject, MailStatus status, int attempts,
        Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String sentBy,
        @Nullable String lastError) {

    public enum MailStatus {
        /** Waiting for its first attempt or its next one. */
        PENDING,
        SENT,
        /** Given up after the last attempt; {@code lastError} says why. */
        FAILED
    }
}
