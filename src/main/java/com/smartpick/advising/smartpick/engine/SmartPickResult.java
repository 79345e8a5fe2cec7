package com.smartpick.advising.smartpick.engine;

import java.util.List;

/**
 * A ranked list and what stands behind it.
 *
 * @param matchYear the Match whose season's fees and signals the list uses
 * @param service where the specialty's applications go
 * @param entries the programs to apply to, most likely to interview first
 * @param matchChance the chance of matching in the specialty with this list, with its range
 * @param expectedInterviews the mean number of interviews the list brings
 * @param interviews the distribution of the number of interviews the list brings
 * @param applicationFees the service's fees for the list
 * @param transcriptFee the USMLE transcript fee, charged once a season by the service
 * @param end where the list stops and why
 * @param plusOne what one more application would add
 * @param plusTen what ten more applications would add
 * @param curve the chance of matching against the number of applications
 * @param warnings what in the profile breaks a rule programs apply, in plain words
 * @param seasonNote the service, its fees and signals this season, in plain words
 */
public record SmartPickResult(
        Specialty specialty,
        int matchYear,
        ApplicationService service,
        List<RankedEntry> entries,
        EligibilitySummary eligibility,
        MatchChance matchChance,
        double expectedInterviews,
        InterviewCounts interviews,
        int applicationFees,
        int transcriptFee,
        ListEnd end,
        MarginalValue plusOne,
        MarginalValue plusTen,
        List<CurvePoint> curve,
        SignalAdvice signalAdvice,
        List<String> warnings,
        String seasonNote) {

    public SmartPickResult {
        entries = List.copyOf(entries);
        curve = List.copyOf(curve);
        warnings = List.copyOf(warnings);
    }

    /** The fees and the transcript: what sending this list costs. */
    public int totalCost() {
        return entries.isEmpty() ? 0 : applicationFees + transcriptFee;
    }
}
