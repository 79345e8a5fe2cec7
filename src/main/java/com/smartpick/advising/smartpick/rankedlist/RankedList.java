package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.CurvePoint;
import com.smartpick.advising.smartpick.engine.InterviewCounts;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.smartpick.advising.smartpick.engine.MatchChance;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A stored SmartPick list: the run's figures and entries as they were when it ran, so the list never changes when
 * the catalog does. {@code version} is the optimistic-lock version of the list and its overrides.
 *
 * @param inputs what the run took from other records (verified experience, approved letters)
 * @param legacyInterviewsNeeded set only on versions made before the chance of matching: their headline was the
 *     chance of at least this many interviews
 * @param matchChance the chance of matching with the entries kept, recomputed whenever an entry is excluded or included
 * @param interviews how many interviews the entries kept bring; null on versions made before the chance of matching
 * @param curve the chance against the number of applications, as the engine computed it for the run
 * @param listEnd where the run stopped and why, in plain words
 * @param warnings what in the profile broke a rule at the run, in plain words
 * @param seasonNote the service, fees and signals of the season the run used
 * @param approvalOverride why an advisor approved the version while a concern on it was still open; null otherwise
 */
public record RankedList(long id, long studentId, String studentName, int listNo, ListStatus status,
        Specialty specialty, int budgetApplications, @Nullable Integer legacyInterviewsNeeded, RecordedInputs inputs,
        long catalogRevision, int considered, int eligible, MatchChance matchChance, double expectedInterviews,
        @Nullable InterviewCounts interviews, int totalCost, MarginalValue plusOne, MarginalValue plusTen, List<CurvePoint> curve, List<String> signalAdvice,
        String listEnd, List<String> warnings, String seasonNote, String createdByName, OffsetDateTime createdAt,
        int version, @Nullable String approvalOverride, List<ListEntry> entries) {

    public RankedList {
        curve = List.copyOf(curve);
        signalAdvice = List.copyOf(signalAdvice);
        warnings = List.copyOf(warnings);
        entries = List.copyOf(entries);
    }

    /** This list with a newer state of one of its entries, e.g. after an annotation (which moves no version). */
    public RankedList withEntry(ListEntry changed) {
        return new RankedList(id, studentId, studentName, listNo, status, specialty, budgetApplications,
                legacyInterviewsNeeded, inputs, catalogRevision, considered, eligible, matchChance, expectedInterviews,
                interviews, totalCost, plusOne, plusTen, curve, signalAdvice, listEnd, warnings, seasonNote, createdByName,
                createdAt, version, approvalOverride, entries.stream().map(e -> e.id() == changed.id() ? changed : e).toList());
    }

    /** The concerns on its entries that nobody has resolved yet: each must be resolved or overridden to approve. */
    public int openConcerns() {
        return (int) entries.stream().flatMap(e -> e.annotations().stream()).filter(Annotation::openConcern).count();
    }

    /** The entries a student is shown: those the advisors kept, in their order. */
    public List<ListEntry> keptEntries() {
        return entries.stream().filter(e -> !e.excluded()).toList();
    }
}
