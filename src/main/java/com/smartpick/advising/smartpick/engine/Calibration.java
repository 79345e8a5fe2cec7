package com.smartpick.advising.smartpick.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * Calibration on NRMP's published aggregates: a population of applicants like NRMP's non-US IMGs, run through the
 * model, must reproduce each specialty's match rate, the number of programs its matched and unmatched applicants
 * ranked, and where their Step 2 CK scores lie. Fitting a handful of figures per specialty to those published
 * summaries is calibration, not training on NRMP's data: nothing about any applicant is used.
 *
 * <p>The population of a specialty: Step 2 CK from NRMP's matched and unmatched distributions mixed at its match rate
 * (normal, with the spread of the matched quartiles), the reference applicant's record otherwise, the random effect of
 * {@link MatchModel}, and {@code match.calibrationApplications} applications to programs of average openness. Given
 * the score and the random effect, the number of interviews is binomial, and the figures follow in closed form.
 * NRMP counts only applicants who ranked at least one program, and so do these figures.
 */
public final class Calibration {

    /** NRMP Charting Outcomes 2026, Table 2, pooled medians 248 matched / 242 not matched. */
    static final double POOLED_STEP2_GAP = 6;
    /** NRMP Charting Outcomes 2026, Internal Medicine: SD 14 for matched and for unmatched. */
    static final double POOLED_STEP2_SD = 14;
    /** Interquartile range of a normal distribution in SDs. */
    private static final double IQR_IN_SD = 1.349;
    private static final int LOWEST_SCORE = 170;
    private static final int HIGHEST_SCORE = 300;

    private final NrmpOutcomes nrmp;
    private final int applications;
    private final double fallbackRanksMatched;
    private final double fallbackRanksUnmatched;

    public Calibration(NrmpOutcomes nrmp, int applications) {
        this.nrmp = nrmp;
        this.applications = applications;
        fallbackRanksMatched = weightedMean(nrmp, true);
        fallbackRanksUnmatched = weightedMean(nrmp, false);
    }

    /** What the model gives for a specialty's population: the figures NRMP publishes. */
    public record Figures(double matchRate, double ranksMatched, double ranksUnmatched, double step2MeanMatched,
            double step2MeanUnmatched, double step2MedianMatched, double step2MedianUnmatched) {

        double step2Gap() {
            return step2MeanMatched - step2MeanUnmatched;
        }
    }

    /** What the fit aims at for a specialty: NRMP's figure, or the pooled one where NRMP suppressed it. */
    public record Target(double matchRate, double ranksMatched, double ranksUnmatched, double step2Gap,
            double referenceStep2, double step2MeanMatched, double step2MeanUnmatched, double step2Sd) {
    }

    public Target target(Specialty specialty) {
        NrmpOutcomes.Row row = nrmp.of(specialty);
        double unmatchedMean = row.step2MeanUnmatched().orElse(row.step2MeanMatched().orElse(245) - POOLED_STEP2_GAP);
        double matchedMean = row.step2MeanMatched().orElse(unmatchedMean + POOLED_STEP2_GAP);
        double sd = row.step2Q1Matched().isPresent() && row.step2Q3Matched().isPresent()
                ? (row.step2Q3Matched().getAsDouble() - row.step2Q1Matched().getAsDouble()) / IQR_IN_SD
                : POOLED_STEP2_SD;
        double reference = row.step2MedianMatched()
                .orElse(row.step2MedianUnmatched().orElse(unmatchedMean) + POOLED_STEP2_GAP);
        return new Target(row.matchRate(), row.ranksMeanMatched().orElse(fallbackRanksMatched),
                row.ranksMeanUnmatched().orElse(fallbackRanksUnmatched), matchedMean - unmatchedMean, reference,
                matchedMean, unmatchedMean, sd);
    }

    /** The model's figures for the specialty's population, with these specialty figures and random effect. */
    public Figures figures(Specialty specialty, SpecialtyFigures figures, double randomEffectSd) {
        Target target = target(specialty);
        double m = figures.matchPerInterview();
        int n = applications;
        int scores = HIGHEST_SCORE - LOWEST_SCORE + 1;
        double[] matchedByScore = new double[scores];
        double[] unmatchedByScore = new double[scores];
        double ranked = 0;
        double matched = 0;
        double ranksMatched = 0;
        double ranksUnmatched = 0;
        for (int s = 0; s < scores; s++) {
            int score = LOWEST_SCORE + s;
            double density = target.matchRate() * Normal.density((score - target.step2MeanMatched()) / target.step2Sd())
                    + (1 - target.matchRate()) * Normal.density((score - target.step2MeanUnmatched()) / target.step2Sd());
            for (int k = 0; k < MatchModel.POINTS; k++) {
                double weight = density * MatchModel.weightOf(k);
                double p = MatchModel.sigmoid(figures.interviewIntercept()
                        + figures.step2PerTenPoints() * (score - figures.referenceStep2()) / 10
                        + randomEffectSd * MatchModel.nodeOf(k));
                double none = Math.pow(1 - p, n);
                double noMatch = Math.pow(1 - m * p, n);
                double interviewsUnmatched = n * p * (1 - m) * Math.pow(1 - m * p, n - 1);
                ranked += weight * (1 - none);
                matched += weight * (1 - noMatch);
                matchedByScore[s] += weight * (1 - noMatch);
                unmatchedByScore[s] += weight * (noMatch - none);
                ranksMatched += weight * (n * p - interviewsUnmatched);
                ranksUnmatched += weight * interviewsUnmatched;
            }
        }
        double unmatched = ranked - matched;
        return new Figures(matched / ranked, ranksMatched / matched, ranksUnmatched / unmatched,
                mean(matchedByScore), mean(unmatchedByScore), median(matchedByScore), median(unmatchedByScore));
    }

    /** How far the figures are from the target; the match rate weighs most, since it is what users read. */
    double loss(Target target, Figures model) {
        double rate = (model.matchRate() - target.matchRate()) * 20;
        double matchedRanks = (model.ranksMatched() - target.ranksMatched()) / target.ranksMatched();
        double unmatchedRanks = (model.ranksUnmatched() - target.ranksUnmatched()) / target.ranksUnmatched() * 0.5;
        double gap = (model.step2Gap() - target.step2Gap()) / 3;
        // among those who ranked a program: with a steep slope only high scorers reach a first interview, so the
        // matched applicants' level is a target of its own, not only their lead over the unmatched
        double level = (model.step2MeanMatched() - target.step2MeanMatched()) / 5;
        return rate * rate + matchedRanks * matchedRanks + unmatchedRanks * unmatchedRanks + gap * gap + level * level;
    }

    /** The fitted figures of every specialty for one random-effect spread, and their summed loss. */
    public record Fit(double randomEffectSd, Map<Specialty, SpecialtyFigures> figures, double loss) {
    }

    /** Fits every specialty for the given spread (Nelder–Mead on intercept, log-odds of m, slope). */
    public Fit fit(double randomEffectSd) {
        Map<Specialty, SpecialtyFigures> fitted = new EnumMap<>(Specialty.class);
        double total = 0;
        for (Specialty specialty : Specialty.values()) {
            Target target = target(specialty);
            int reference = (int) Math.round(target.referenceStep2());
            NelderMead.Result best = NelderMead.minimize(x -> {
                SpecialtyFigures f = figuresOf(x, reference);
                return loss(target, figures(specialty, f, randomEffectSd));
            }, new double[] {-3.5, -1.3, 0.5}, 0.5, 2000);
            fitted.put(specialty, figuresOf(best.x(), reference));
            total += best.value();
        }
        return new Fit(randomEffectSd, fitted, total);
    }

    /** Fits the spread too, by golden-section search over the summed loss. */
    public Fit fit() {
        double lo = 0.4;
        double hi = 1.8;
        double ratio = (Math.sqrt(5) - 1) / 2;
        Fit a = fit(hi - ratio * (hi - lo));
        Fit b = fit(lo + ratio * (hi - lo));
        while (hi - lo > 0.02) {
            if (a.loss() < b.loss()) {
                hi = b.randomEffectSd();
                b = a;
                a = fit(hi - ratio * (hi - lo));
            } else {
                lo = a.randomEffectSd();
                a = b;
                b = fit(lo + ratio * (hi - lo));
            }
        }
        return a.loss() < b.loss() ? a : b;
    }

    private static SpecialtyFigures figuresOf(double[] x, int reference) {
        return new SpecialtyFigures(x[0], Math.max(0, x[2]), reference, MatchModel.sigmoid(x[1]));
    }

    private static double mean(double[] mass) {
        double sum = 0;
        double total = 0;
        for (int s = 0; s < mass.length; s++) {
            sum += mass[s] * (LOWEST_SCORE + s);
            total += mass[s];
        }
        return sum / total;
    }

    /** On whole scores, interpolated within the score where half the mass is reached. */
    private static double median(double[] mass) {
        double total = 0;
        for (double m : mass) {
            total += m;
        }
        double below = 0;
        for (int s = 0; s < mass.length; s++) {
            if (below + mass[s] >= total / 2) {
                return LOWEST_SCORE + s - 0.5 + (total / 2 - below) / mass[s];
            }
            below += mass[s];
        }
        return HIGHEST_SCORE;
    }

    private static double weightedMean(NrmpOutcomes nrmp, boolean matched) {
        double sum = 0;
        double weight = 0;
        for (Specialty specialty : Specialty.values()) {
            NrmpOutcomes.Row row = nrmp.of(specialty);
            var ranks = matched ? row.ranksMeanMatched() : row.ranksMeanUnmatched();
            if (ranks.isPresent()) {
                double people = row.rankedFirst() * (matched ? row.matchRate() : 1 - row.matchRate());
                sum += ranks.getAsDouble() * people;
                weight += people;
            }
        }
        return sum / weight;
    }
}
