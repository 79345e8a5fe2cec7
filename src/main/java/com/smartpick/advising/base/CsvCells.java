package com.smartpick.advising.base;

import org.jspecify.annotations.Nullable;

/**
 * CSV cells a spreadsheet opens as text, never as a formula (OWASP "CSV injection"): a cell that begins with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which Excel, LibreOffice and Google Sheets
 * read as "this is text" and do not show.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
