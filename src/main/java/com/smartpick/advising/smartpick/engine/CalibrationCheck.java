package com.smartpick.advising.smartpick.engine;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The shipped figures against NRMP, specialty by specialty: what the calibration command prints and what the test
 * holds to (Spearman at least 0.9, mean absolute error at most 5 points).
 */
public final class CalibrationCheck {

    private final Map<Specialty, Calibration.Target> targets = new EnumMap<>(Specialty.class);
    private final Map<Specialty, Calibration.Figures> figures = new EnumMap<>(Specialty.class);

    private CalibrationCheck() {
    }

    public static CalibrationCheck of(Weights weights, NrmpOutcomes nrmp) {
        Calibration calibration = new Calibration(nrmp, weights.getInt(WeightKey.CALIBRATION_APPLICATIONS));
        CalibrationCheck check = new CalibrationCheck();
        for (Specialty specialty : Specialty.values()) {
            check.targets.put(specialty, calibration.target(specialty));
            check.figures.put(specialty, calibration.figures(specialty, weights.specialty(specialty),
                    weights.get(WeightKey.RANDOM_EFFECT_SD)));
        }
        return check;
    }

    public Calibration.Figures model(Specialty specialty) {
        return figures.get(specialty);
    }

    public double meanAbsoluteError() {
        return Arrays.stream(Specialty.values())
                .mapToDouble(s -> Math.abs(figures.get(s).matchRate() - targets.get(s).matchRate())).average().orElse(0);
    }

    public double spearman() {
        double[] model = Arrays.stream(Specialty.values()).mapToDouble(s -> figures.get(s).matchRate()).toArray();
        double[] published = Arrays.stream(Specialty.values()).mapToDouble(s -> targets.get(s).matchRate()).toArray();
        return spearman(model, published);
    }

    /** Spearman's rank correlation, ties given their mean rank. */
    public static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double meanA = Arrays.stream(ra).average().orElse(0);
        double meanB = Arrays.stream(rb).average().orElse(0);
        double cov = 0;
        double varA = 0;
        double varB = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (ra[i] - meanA) * (rb[i] - meanB);
            varA += (ra[i] - meanA) * (ra[i] - meanA);
            varB += (rb[i] - meanB) * (rb[i] - meanB);
        }
        return cov / Math.sqrt(varA * varB);
    }

    private static double[] ranks(double[] values) {
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            int below = 0;
            int equal = 0;
            for (double other : values) {
                if (other < values[i]) {
                    below++;
                } else if (other == values[i]) {
                    equal++;
                }
            }
            ranks[i] = below + (equal + 1) / 2.0;
        }
        return ranks;
    }

    /** The per-specialty table, with NRMP's figure beside each of the model's. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-38s %14s %6s %14s %14s %20s%n", "specialty", "match rate",
                "error", "ranks matched", "unmatched", "Step 2 CK M / U"));
        out.append(String.format(Locale.ROOT, "%-38s %14s %6s %14s %14s %20s%n", "", "model / NRMP", "points",
                "model / NRMP", "model / NRMP", "model | NRMP median"));
        for (Specialty specialty : Specialty.values()) {
            Calibration.Target target = targets.get(specialty);
            Calibration.Figures model = figures.get(specialty);
            NrmpMedians medians = NrmpMedians.of(specialty);
            out.append(String.format(Locale.ROOT, "%-38s %6.1f%% %5.1f%% %6.1f %6.1f / %5.1f %6.1f / %5.1f %5.0f/%3.0f | %s%n",
                    specialty.nrmpName(), 100 * model.matchRate(), 100 * target.matchRate(),
                    100 * Math.abs(model.matchRate() - target.matchRate()), model.ranksMatched(), target.ranksMatched(),
                    model.ranksUnmatched(), target.ranksUnmatched(), model.step2MedianMatched(),
                    model.step2MedianUnmatched(), medians.text()));
        }
        out.append(String.format(Locale.ROOT, "%nmean absolute error %.2f points; Spearman %.3f%n",
                100 * meanAbsoluteError(), spearman()));
        return out.toString();
    }

    /** NRMP's Step 2 CK medians of matched and unmatched, as published ("-" where suppressed). */
    private record NrmpMedians(String text) {
        static NrmpMedians of(Specialty specialty) {
            NrmpOutcomes.Row row = NrmpOutcomes.loadDefault().of(specialty);
            return new NrmpMedians(cell(row.step2MedianMatched()) + "/" + cell(row.step2MedianUnmatched()));
        }

        private static String cell(java.util.OptionalDouble value) {
            return value.isPresent() ? String.valueOf(Math.round(value.getAsDouble())) : "-";
        }
    }

    /** The weights-file lines for one specialty's fitted figures. */
    public static String weightLines(Specialty specialty, SpecialtyFigures f) {
        String fitted = "fitted to " + NrmpOutcomes.CITATION + " by the calibration command";
        return String.format(Locale.ROOT, "%s = %.3f  # %s%n%s = %.3f  # %s%n%s = %d  # %s%n%s = %.4f  # %s%n",
                SpecialtyFigures.key(specialty, SpecialtyFigures.INTERVIEW_INTERCEPT), f.interviewIntercept(), fitted,
                SpecialtyFigures.key(specialty, SpecialtyFigures.STEP2_PER_TEN_POINTS), f.step2PerTenPoints(),
                fitted + "; never below 0",
                SpecialtyFigures.key(specialty, SpecialtyFigures.REFERENCE_STEP2), f.referenceStep2(),
                "NRMP Charting Outcomes 2026: median Step 2 CK of matched non-US IMGs (where suppressed: not matched + 6)",
                SpecialtyFigures.key(specialty, SpecialtyFigures.MATCH_PER_INTERVIEW), f.matchPerInterview(), fitted);
    }
}
