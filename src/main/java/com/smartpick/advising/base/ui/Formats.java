package com.smartpick.advising.base.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How moments read on screen: in the server's time zone, to the minute. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, HH:mm", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private Formats() {
    }

    public static String dateTime(@Nullable OffsetDateTime at) {
        return at == null ? "—" : DATE_TIME.format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }

    public static String date(@Nullable OffsetDateTime at) {
        return at == null ? "—" : DATE.format(at.atZoneSameInstant(ZoneId.systemDefault()));
    }
}
