package com.smartpick.advising.base.ui;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as people read them on screen: "12 Mar 2026, 14:05" in the server's zone. */
public final class Dates {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String when(Instant instant) {
        return WHEN.format(instant);
    }

    public static String day(java.time.LocalDate date) {
        return DAY.format(date);
    }

    /** A stored moment to the minute, or a dash when there is none. */
    public static String when(@Nullable OffsetDateTime at) {
        return at == null ? "—" : when(at.toInstant());
    }

    /** A stored moment's day in the server's zone, or a dash when there is none. */
    public static String day(@Nullable OffsetDateTime at) {
        return at == null ? "—" : day(at.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
    }
}
