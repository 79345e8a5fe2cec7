package com.smartpick.advising.roster;

/**
 * One thing wrong with a roster file, where a spreadsheet user finds it: line 1 is the header, line 2 the first
 * student; {@code column} is the header's name (empty when the whole line or file is at fault).
 */
public record RosterError(int line, String column, String message) {
}
