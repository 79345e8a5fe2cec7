package com.smartpick.advising.smartpick.engine;

import com.smartpick.advising.smartpick.catalog.SyntheticCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints SmartPick against NRMP per specialty: the model's match rate, ranks and Step 2 CK medians for the calibration
 * population beside NRMP's, the absolute error, the mean absolute error and the Spearman correlation; then the median
 * non-US IMG through the engine on the demo catalog. With {@code -Dcalibration.fit=true} it fits the figures again
 * and prints the lines for the weights file.
 *
 * <p>{@code mvn -q -B test-compile exec:exec@smartpick-calibration}
 */
public final class CalibrationReport {

    private CalibrationReport() {
    }

    public static void main(String[] args) {
        NrmpOutcomes nrmp = NrmpOutcomes.loadDefault();
        if (Boolean.getBoolean("calibration.fit")) {
            Calibration calibration = new Calibration(nrmp, 80);
            long start = System.nanoTime();
            Calibration.Fit fit = calibration.fit();
            System.out.printf(Locale.ROOT, "fitted in %.1f s: random effect sd %.3f, summed loss %.4f%n%n",
                    (System.nanoTime() - start) / 1e9, fit.randomEffectSd(), fit.loss());
            System.out.printf(Locale.ROOT, "match.randomEffectSd = %.3f%n", fit.randomEffectSd());
            fit.figures().forEach((specialty, f) -> System.out.print(CalibrationCheck.weightLines(specialty, f)));
            System.out.println();
            return;
        }
        Weights weights = Weights.loadDefault();
        CalibrationCheck check = CalibrationCheck.of(weights, nrmp);
        System.out.println("SmartPick vs. " + NrmpOutcomes.CITATION);
        System.out.println("Population: NRMP's Step 2 CK distributions, the reference applicant, "
                + weights.getInt(WeightKey.CALIBRATION_APPLICATIONS) + " applications; random effect sd "
                + weights.get(WeightKey.RANDOM_EFFECT_SD));
        System.out.println();
        System.out.print(check.table());
        System.out.println();

        List<Program> catalog = SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED);
        SmartPick engine = new SmartPick(weights, Season.loadDefault(), catalog);
        System.out.println("The median non-US IMG (Step 2 CK 245, J-1, 3 years out, 3 months hands-on USCE, 3 US letters)"
                + " through the engine on the demo catalog, 80 applications:");
        double[] model = new double[Specialty.values().length];
        double[] published = new double[model.length];
        for (Specialty specialty : Specialty.values()) {
            SmartPickResult result = engine.rank(medianImg(specialty), RunOptions.of(specialty, Budget.applications(80)));
            model[specialty.ordinal()] = result.matchChance().estimate();
            published[specialty.ordinal()] = nrmp.of(specialty).matchRate();
            System.out.printf(Locale.ROOT, "  %-38s %s, %.1f interviews expected, %d applications (NRMP %.1f%%)%n",
                    specialty.displayName(), Format.withRange(result.matchChance()), result.expectedInterviews(),
                    result.entries().size(), 100 * nrmp.of(specialty).matchRate());
        }
        System.out.printf(Locale.ROOT, "  Spearman vs. NRMP's rates: %.2f%n%n", CalibrationCheck.spearman(model, published));
        System.out.println("The median non-US IMG in Internal Medicine by budget:");
        for (int budget : new int[] {20, 40, 80, 120}) {
            SmartPickResult result = engine.rank(medianImg(Specialty.INTERNAL_MEDICINE),
                    RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.applications(budget)));
            System.out.printf(Locale.ROOT, "  budget %3d: chance of matching %s, %.1f interviews expected, %d applications "
                    + "used, $%d%n", budget, Format.withRange(result.matchChance()), result.expectedInterviews(),
                    result.entries().size(), result.totalCost());
        }
    }

    static Applicant medianImg(Specialty specialty) {
        return new Applicant(2023, true, true, 1, 245, 1, false, VisaNeed.J1, List.of(specialty), Set.of(),
                SettingPreference.ANY, 4, 3, 0, 3, Set.of(), 2026);
    }
}
