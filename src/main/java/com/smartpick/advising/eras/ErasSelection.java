package com.smartpick.advising.eras;

import java.util.List;

/**
 * A student's ERAS entries in order, the verified records they may choose from, and whether the viewer may change
 * the choice (the student and their mentors may; advisors and admins read). {@code version} -1: never saved.
 */
public record ErasSelection(long studentId, String studentName, List<ErasEntry> entries,
        List<VerifiedExperience> candidates, boolean editable, int version) {

    public ErasSelection {
        entries = List.copyOf(entries);
        candidates = List.copyOf(candidates);
    }
}
