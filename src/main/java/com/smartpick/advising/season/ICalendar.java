package com.smartpick.advising.season;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A minimal iCalendar (RFC 5545) writer for all-day events: CRLF line ends, lines folded at 75 octets, text values
 * escaped. Enough for a published calendar of dates, which is all a feed of the season is.
 */
final class ICalendar {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int LINE_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();
    private final String stamp;

    ICalendar(String name, Instant now) {
        this.stamp = STAMP.format(now);
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//SmartPick Advising//Season calendar//EN");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        line("X-WR-CALNAME:" + text(name));
    }

    /** An all-day event from {@code first} to {@code last}, both included (DTEND is the day after, as RFC 5545 has it). */
    ICalendar event(String uid, LocalDate first, LocalDate last, String summary, String description) {
        line("BEGIN:VEVENT");
        line("UID:" + text(uid));
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + DATE.format(first));
        line("DTEND;VALUE=DATE:" + DATE.format(last.plusDays(1)));
        line("SUMMARY:" + text(summary));
        line("DESCRIPTION:" + text(description));
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
        return this;
    }

    String end() {
        line("END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** RFC 5545 3.1: a line longer than 75 octets continues on the next, which starts with a space. */
    private void line(String content) {
        int octets = 0;
        int limit = LINE_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = LINE_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
