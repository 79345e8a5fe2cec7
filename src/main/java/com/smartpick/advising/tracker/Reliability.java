package com.smartpick.advising.tracker;

import java.util.ArrayList;
import java.util.List;

/**
 * How well predicted chances matched what happened: the Brier score, and the predictions grouped in bands with the
 * share that came true in each, with a 95 % Wilson score interval (Wilson, 1927, JASA 22:209) that says how little a
 * small band proves. The bands are ten points wide, but finer below 10 %, where most of an IMG's chances of an
 * interview lie: one band of 0–10 % would hide all that matters. Plain arithmetic, no framework.
 */
public record Reliability(int n, double brier, double meanPredicted, double observedShare, List<Band> bands) {

    /** Below this many predictions the page says not to draw conclusions. */
    public static final int SMALL_SAMPLE = 100;
    /** A band with fewer predictions than this is shown, but its share is not worth reading on its own. */
    public static final int SMALL_BAND = 10;
    private static final double Z95 = 1.959964;
    /** The bands' edges. */
    static final double[] EDGES = {0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

    public Reliability {
        bands = List.copyOf(bands);
    }

    /** One prediction and whether it came true. */
    public record Forecast(double predicted, boolean happened) {
    }

    /**
     * @param lower the band's lower edge (included), e.g. 0.1
     * @param upper its upper edge (excluded, but 1 for the last band)
     */
    public record Band(double lower, double upper, int n, int happened, double meanPredicted, double observedShare,
            double wilsonLow, double wilsonHigh) {

        public String label() {
            return Math.round(lower * 100) + "–" + Math.round(upper * 100) + " %";
        }
    }

    public static Reliability of(List<Forecast> forecasts) {
        int n = forecasts.size();
        double squared = 0;
        double predicted = 0;
        int happened = 0;
        for (Forecast f : forecasts) {
            double outcome = f.happened() ? 1 : 0;
            squared += (f.predicted() - outcome) * (f.predicted() - outcome);
            predicted += f.predicted();
            happened += f.happened() ? 1 : 0;
        }
        List<Band> bands = new ArrayList<>();
        for (int b = 0; b < EDGES.length - 1; b++) {
            double lower = EDGES[b];
            double upper = EDGES[b + 1];
            int last = b;
            List<Forecast> in = forecasts.stream().filter(f -> band(f.predicted()) == last).toList();
            int yes = (int) in.stream().filter(Forecast::happened).count();
            double mean = in.stream().mapToDouble(Forecast::predicted).average().orElse(Double.NaN);
            double share = in.isEmpty() ? Double.NaN : (double) yes / in.size();
            double[] wilson = wilson(yes, in.size());
            bands.add(new Band(lower, upper, in.size(), yes, mean, share, wilson[0], wilson[1]));
        }
        return new Reliability(n, n == 0 ? Double.NaN : squared / n, n == 0 ? Double.NaN : predicted / n,
                n == 0 ? Double.NaN : (double) happened / n, bands);
    }

    /** The band of a chance: 0 for [0, 0.02), …, the last for [0.9, 1]. */
    static int band(double p) {
        int band = 0;
        while (band < EDGES.length - 2 && p >= EDGES[band + 1]) {
            band++;
        }
        return band;
    }

    /** The 95 % Wilson score interval of {@code yes} successes in {@code n} trials; [0, 1] for none. */
    static double[] wilson(int yes, int n) {
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = (double) yes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * The Brier score of always predicting the share that happened: what the score is set against, since a score alone
     * means little when most predictions are small.
     */
    public double baselineBrier() {
        return n == 0 ? Double.NaN : observedShare * (1 - observedShare);
    }

    public boolean smallSample() {
        return n < SMALL_SAMPLE;
    }
}
