package com.smartpick.advising.smartpick.engine;

/**
 * How an entry's chance of an interview compares with the thresholds in the weights file
 * ({@code tier.targetAt}, {@code tier.likelyAt}).
 */
public enum Tier {
    REACH,
    TARGET,
    LIKELY;

    static Tier of(double probability, double targetAt, double likelyAt) {
        if (probability >= likelyAt) {
            return LIKELY;
        }
        return probability >= targetAt ? TARGET : REACH;
    }
}
