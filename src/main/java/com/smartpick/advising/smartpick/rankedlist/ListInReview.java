package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.Specialty;
import java.time.OffsetDateTime;

/** A list version waiting for staff: submitted for review, not yet approved or sent back. */
public record ListInReview(long listId, long studentId, String studentName, int listNo, Specialty specialty,
        OffsetDateTime submittedAt) {
}
