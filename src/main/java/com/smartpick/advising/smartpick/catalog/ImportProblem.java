package com.smartpick.advising.smartpick.catalog;

/**
 * One thing wrong with an uploaded catalog.
 *
 * @param line the line of the file, counting the header as line 1; 0 when the whole file is at fault
 * @param column the CSV column, empty when the whole line is at fault
 */
public record ImportProblem(int line, String column, String message) {

    public String where() {
        if (line == 0) {
            return "file";
        }
        return column.isEmpty() ? "line " + line : "line " + line + ", " + column;
    }
}
