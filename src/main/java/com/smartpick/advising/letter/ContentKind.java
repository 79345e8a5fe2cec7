package com.smartpick.advising.letter;

/** What the letter's content is: nothing yet, the mentor's latest saved revision, or the mentor's uploaded PDF. */
public enum ContentKind {
    NONE, TEXT, PDF
}
