package com.smartpick.advising.smartpick.engine;

/**
 * The chance of matching with a list, with its range.
 *
 * @param estimate the mean over applicants with this profile
 * @param low the chance of one less fortunate than most of them (the lower end of the range)
 * @param high the chance of one more fortunate than most (the upper end)
 */
public record MatchChance(double estimate, double low, double high) {

    public static final MatchChance NONE = new MatchChance(0, 0, 0);

    public MatchChance {
        if (!(0 <= low && low <= 1 && 0 <= estimate && estimate <= 1 && 0 <= high && high <= 1)) {
            throw new IllegalArgumentException("a chance and its range lie in 0..1");
        }
        // a mean need not lie between two quantiles of a skewed distribution; a range shown must hold its estimate
        low = Math.min(low, estimate);
        high = Math.max(high, estimate);
    }
}
