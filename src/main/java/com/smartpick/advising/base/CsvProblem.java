package com.smartpick.advising.base;

/**
 * One thing wrong with an uploaded CSV file, where its author finds it.
 *
 * @param line the line of the file, the header being line 1; 0 when the whole file is at fault
 * @param column the column's header, empty when the whole line (or file) is at fault
 */
public record CsvProblem(int line, String column, String message) {

    public String where() {
        if (line == 0) {
            return "file";
        }
        return column.isEmpty() ? "line " + line : "line " + line + ", " + column;
    }
}
