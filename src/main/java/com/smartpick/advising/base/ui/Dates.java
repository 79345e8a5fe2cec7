package com.smartpick.advising.base.ui;

import java.time.Instant;
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
}
