package com.smartpick.advising.smartpick.engine;

import org.jspecify.annotations.Nullable;

/**
 * One program on the list.
 *
 * @param rank 1 for the program most likely to interview the applicant
 * @param probability the model's chance of an interview
 * @param cost the ERAS fee of this application (the n-th application of the specialty)
 * @param signal the signal the applicant placed here, if any
 */
public record RankedEntry(int rank, Program program, Tier tier, double probability, int cost,
        @Nullable SignalTier signal, Explanation explanation) {
}
