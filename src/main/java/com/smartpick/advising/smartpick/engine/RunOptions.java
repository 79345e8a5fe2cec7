package com.smartpick.advising.smartpick.engine;

import java.util.Map;

/**
 * One SmartPick run: the specialty, the budget, how many interviews the applicant needs, and the
 * signals already placed.
 *
 * @param interviewsNeeded the k in "chance of at least k interviews"; a documented parameter
 *     (default in the weights file) because how many interviews an IMG needs to match is a
 *     judgement, not a fact
 * @param signals program id to the kind of signal the applicant has placed there
 */
public record RunOptions(Specialty specialty, Budget budget, int interviewsNeeded, Map<String, SignalTier> signals) {

    public RunOptions {
        if (interviewsNeeded < 1) {
            throw new IllegalArgumentException("an applicant needs at least one interview");
        }
        signals = Map.copyOf(signals);
    }

    public static RunOptions of(Specialty specialty, Budget budget, int interviewsNeeded) {
        return new RunOptions(specialty, budget, interviewsNeeded, Map.of());
    }
}
