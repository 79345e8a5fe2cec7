package com.smartpick.advising.smartpick.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A ranked list and what stands behind it.
 *
 * @param entries the programs to apply to, most likely first
 * @param overallChance the chance of at least {@code interviewsNeeded} interviews from the list
 * @param expectedInterviews the sum of the entries' chances
 * @param totalCost the ERAS fees of the list
 * @param plusOne what one more application adds
 * @param plusTen what ten more applications add
 * @param curve the overall chance against the number of applications, for every eligible count
 */
public record SmartPickResult(
        Specialty specialty,
        int interviewsNeeded,
        List<RankedEntry> entries,
        EligibilitySummary eligibility,
        double overallChance,
        double expectedInterviews,
        int totalCost,
        MarginalValue plusOne,
        MarginalValue plusTen,
        List<CurvePoint> curve,
        SignalAdvice signalAdvice) {

    public SmartPickResult {
        entries = List.copyOf(entries);
        curve = List.copyOf(curve);
    }

    public Map<Tier, Integer> countByTier() {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0);
        }
        for (RankedEntry entry : entries) {
            counts.merge(entry.tier(), 1, Integer::sum);
        }
        return counts;
    }
}
