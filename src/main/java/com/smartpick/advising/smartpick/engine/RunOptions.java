package com.smartpick.advising.smartpick.engine;

import java.util.Map;
import java.util.Set;

/**
 * One SmartPick run: the specialty, the budget, and what the applicant and the advisor already decided.
 *
 * @param signals program id to the kind of signal the applicant placed there; a signal goes with an application, so a
 *     signaled program is always on the list
 * @param pinned programs the advisor keeps on the list whatever their chance
 * @param excluded programs the advisor took off: they never reach the list
 */
public record RunOptions(Specialty specialty, Budget budget, Map<String, SignalTier> signals, Set<String> pinned,
        Set<String> excluded) {

    public RunOptions {
        signals = Map.copyOf(signals);
        pinned = Set.copyOf(pinned);
        excluded = Set.copyOf(excluded);
    }

    public static RunOptions of(Specialty specialty, Budget budget) {
        return new RunOptions(specialty, budget, Map.of(), Set.of(), Set.of());
    }

    public RunOptions withSignals(Map<String, SignalTier> placed) {
        return new RunOptions(specialty, budget, placed, pinned, excluded);
    }

    public RunOptions withOverrides(Set<String> keep, Set<String> leaveOut) {
        return new RunOptions(specialty, budget, signals, keep, leaveOut);
    }
}
