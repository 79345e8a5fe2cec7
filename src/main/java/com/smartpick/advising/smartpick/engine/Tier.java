package com.smartpick.advising.smartpick.engine;


/**
 * How likely a program is to interview the applicant, by the entry's calibrated chance of an interview against the
 * thresholds in the weights file ({@code tier.targetAt}, {@code tier.likelyAt}). The list is ordered by that chance,
 * so tiers never interleave down the list.
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

    /** The shipped thresholds explained, for pages showing lists the shipped weights made. */
    public static String explained() {
        return Shipped.EXPLANATION;
    }

    private static final class Shipped {
        static final String EXPLANATION = explain(Weights.loadDefault());
    }

    static String explain(Weights weights) {
        return explain(weights.get(WeightKey.TIER_TARGET_AT), weights.get(WeightKey.TIER_LIKELY_AT));
    }

    /** What the tier means, with its thresholds, for the page that shows it. */
    static String explain(double targetAt, double likelyAt) {
        return "Likely: at least " + Format.percent(likelyAt) + " chance of an interview; Target: "
                + Format.percent(targetAt) + " to " + Format.percent(likelyAt) + "; Reach: below "
                + Format.percent(targetAt) + " (chances for applicants with this profile). The list is ordered by "
                + "that chance, so the tiers follow each other down the list.";
    }
}
