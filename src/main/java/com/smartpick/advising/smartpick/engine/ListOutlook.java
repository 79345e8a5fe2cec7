package com.smartpick.advising.smartpick.engine;

/** The figures of a list already made, recomputed from its entries (see {@link SmartPick#outlookOf}). */
public record ListOutlook(MatchChance matchChance, double expectedInterviews, InterviewCounts interviews,
        int applicationFees, int transcriptFee) {

    public int totalCost() {
        return applicationFees + transcriptFee;
    }
}
