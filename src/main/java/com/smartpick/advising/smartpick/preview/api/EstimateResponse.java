package com.smartpick.advising.smartpick.preview.api;

import com.smartpick.advising.smartpick.engine.MatchChance;
import com.smartpick.advising.smartpick.engine.RankedEntry;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import java.util.List;

/**
 * The API's answer to an estimate. Its names are the API's contract, documented in the README; the engine's result
 * may change its own.
 *
 * @param matchChance the chance of matching in the specialty with this list, 0 to 1, within its range
 *     ({@code matchChanceLow} to {@code matchChanceHigh})
 * @param expectedInterviews how many interviews the list can be expected to bring
 * @param applications how many programs the list holds: at most the budget asked for, fewer when fewer are open or
 *     when more would add next to nothing
 * @param cost the application fees of the list and the transcript fee, in US dollars
 * @param listEnd where the list stops and why, in plain words
 * @param warnings what in the profile breaks a rule programs apply (e.g. H-1B without Step 3), in plain words
 * @param entries the list, most likely interview first
 */
public record EstimateResponse(double matchChance, double matchChanceLow, double matchChanceHigh,
        double expectedInterviews, int applications, int cost, String listEnd, List<String> warnings,
        List<Entry> entries) {

    public EstimateResponse {
        warnings = List.copyOf(warnings);
        entries = List.copyOf(entries);
    }

    /**
     * @param tier {@code LIKELY}, {@code TARGET} or {@code REACH}
     * @param interviewChance the chance of an interview there, 0 to 1
     */
    public record Entry(String programId, String program, String state, String tier, double interviewChance) {

        static Entry from(RankedEntry entry) {
            return new Entry(entry.program().id(), entry.program().name(), entry.program().state(), entry.tier().name(),
                    entry.probability());
        }
    }

    /** The one place where the engine's result becomes the API's answer. */
    static EstimateResponse from(SmartPickResult result) {
        MatchChance chance = result.matchChance();
        return new EstimateResponse(chance.estimate(), chance.low(), chance.high(), result.expectedInterviews(),
                result.entries().size(), result.totalCost(), result.end().explain(), result.warnings(),
                result.entries().stream().map(Entry::from).toList());
    }
}
