package com.smartpick.advising.letter;

/** An approved letter as SmartPick assigns letters to programs: which one, by whom, for which specialty. */
public record ApprovedLetter(long id, String author, String specialty) {
}
