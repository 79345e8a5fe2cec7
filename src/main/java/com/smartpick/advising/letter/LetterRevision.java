package com.smartpick.advising.letter;

import java.time.OffsetDateTime;

/** One saved revision of a letter's text, as its author sees the history. */
public record LetterRevision(int revision, OffsetDateTime savedAt, int length) {
}
