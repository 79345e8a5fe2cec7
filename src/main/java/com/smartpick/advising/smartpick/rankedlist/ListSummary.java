package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.Specialty;
import java.time.OffsetDateTime;

/** One version of a student's list, as a version picker shows it. */
public record ListSummary(long id, long studentId, int listNo, ListStatus status, Specialty specialty,
        int budgetApplications, double matchChance, OffsetDateTime createdAt) {

    public String label() {
        return "Version " + listNo + " · " + status.label() + " · " + specialty.displayName();
    }
}
