package com.smartpick.advising.letter;

import java.util.Locale;
import java.util.Set;

/** Where a letter stands: requested → drafting → submitted → approved | returned (back to drafting) | declined. */
public enum LetterStatus {
    REQUESTED, DRAFTING, SUBMITTED, APPROVED, RETURNED, DECLINED;

    /** The states in which an advisor reads what the mentor wrote: drafts stay the mentor's own. */
    static final Set<LetterStatus> SHOWN_TO_ADVISORS = Set.of(SUBMITTED, APPROVED, RETURNED);

    /** The states in which the letter waits for its writer: asked for, being written, or sent back. */
    public static final Set<LetterStatus> WITH_WRITER = Set.of(REQUESTED, DRAFTING, RETURNED);

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
