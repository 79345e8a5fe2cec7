package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.CurvePoint;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A stored SmartPick list: the run's figures and entries as they were when it ran, so the list never changes when
 * the catalog does. {@code version} is the optimistic-lock version of the list and its overrides.
 *
 * @param inputs what the run took from other records (verified experience, approved letters)
 * @param curve the overall chance against the number of applications, as the engine computed it
 */
public record RankedList(long id, long studentId, String studentName, int listNo, ListStatus status,
        Specialty specialty, int budgetApplications, int interviewsNeeded, RecordedInputs inputs, long catalogRevision,
        int considered, int eligible, double overallChance, double expectedInterviews, int totalCost,
        MarginalValue plusOne, MarginalValue plusTen, List<CurvePoint> curve, List<String> signalAdvice,
        String createdByName, OffsetDateTime createdAt, int version, List<ListEntry> entries) {

    public RankedList {
        curve = List.copyOf(curve);
        signalAdvice = List.copyOf(signalAdvice);
        entries = List.copyOf(entries);
    }

    /** The entries a student is shown: those the advisors kept, in their order. */
    public List<ListEntry> keptEntries() {
        return entries.stream().filter(e -> !e.excluded()).toList();
    }
}
