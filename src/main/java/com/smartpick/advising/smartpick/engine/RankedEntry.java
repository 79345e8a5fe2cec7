package com.smartpick.advising.smartpick.engine;

import org.jspecify.annotations.Nullable;

/**
 * One program on the list.
 *
 * @param rank 1 for the program most likely to interview the applicant
 * @param probability the chance of an interview for an applicant with this profile
 * @param logit the entry's log-odds of an interview before the applicant's random effect: with the specialty, it is
 *     all a list needs to recompute its figures, e.g. after an exclusion ({@link SmartPick#outlookOf})
 * @param cost what this application adds to the fees (the n-th application of the specialty)
 * @param signal the signal the applicant placed here, if any
 * @param pinned kept on the list by the advisor, whatever its chance
 */
public record RankedEntry(int rank, Program program, Tier tier, double probability, double logit, int cost,
        @Nullable SignalTier signal, boolean pinned, Explanation explanation) {
}
