package com.smartpick.advising.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the admin searches the trail for; every part is optional.
 *
 * @param actorId      who acted
 * @param studentId    whose record it touched
 * @param actionPrefix an action or its beginning, e.g. {@code letter.} or {@code letter.read}
 * @param from         first day, inclusive (the app's time zone)
 * @param to           last day, inclusive
 */
public record AuditFilter(@Nullable Long actorId, @Nullable Long studentId, String actionPrefix,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, "", null, null);

    public AuditFilter {
        actionPrefix = actionPrefix.strip();
    }
}
