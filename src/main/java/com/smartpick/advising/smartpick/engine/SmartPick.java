package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The engine: ranks a catalog for an applicant in three stages.
 * <ol>
 *   <li>Eligibility: {@link Eligibility} drops programs the applicant cannot apply to.</li>
 *   <li>Fit and competitiveness: a logistic model gives each remaining program a chance of an
 *       interview, from terms documented in the weights file.</li>
 *   <li>Portfolio: the list that maximizes the chance of at least k interviews within the budget.
 *       Treating programs as independent, adding a program with chance p raises P(at least k) by
 *       p x P(exactly k-1), the same factor for every candidate, so the best next program is always
 *       the likeliest one; and as the count of interviews grows stochastically with every p, the n
 *       likeliest programs are the exact optimum for n applications. ERAS fees depend only on the
 *       count within a specialty, so a dollar budget is the largest count it pays for.</li>
 * </ol>
 * Immutable and thread-safe: one instance serves every run.
 */
public final class SmartPick {

    private static final IneligibilityReason[] REASONS = IneligibilityReason.values();
    /**
     * A sort key holds the probability in steps of 2^-41 above the program's index: chances closer
     * than that (equal but for floating-point rounding) tie and keep catalog order.
     */
    private static final int INDEX_BITS = 21;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final double KEY_SCALE = 0x1p41;

    private final Weights weights;
    private final InterviewModel model;
    private final CompiledCatalog catalog;
    private final FeeSchedule fees;
    private final ExplanationWriter explanations;
    private final SignalAdvisor signalAdvisor;
    private final double targetAt;
    private final double likelyAt;

    public SmartPick(Weights weights, List<Program> catalog) {
        if (catalog.size() > INDEX_MASK) {
            throw new IllegalArgumentException("catalog too large");
        }
        this.weights = weights;
        this.model = new InterviewModel(weights);
        this.catalog = new CompiledCatalog(catalog, model);
        this.fees = FeeSchedule.from(weights);
        this.explanations = new ExplanationWriter(model, weights);
        this.signalAdvisor = new SignalAdvisor(model);
        this.targetAt = weights.get(WeightKey.TIER_TARGET_AT);
        this.likelyAt = weights.get(WeightKey.TIER_LIKELY_AT);
    }

    public static SmartPick withDefaultWeights(List<Program> catalog) {
        return new SmartPick(Weights.loadDefault(), catalog);
    }

    public Weights weights() {
        return weights;
    }

    public FeeSchedule fees() {
        return fees;
    }

    /** A run in the applicant's first preferred specialty with the documented number of interviews. */
    public RunOptions defaultOptions(Applicant applicant, Budget budget) {
        if (applicant.preferredSpecialties().isEmpty()) {
            throw new IllegalArgumentException("the applicant has no preferred specialty");
        }
        return RunOptions.of(applicant.preferredSpecialties().get(0), budget,
                weights.getInt(WeightKey.DEFAULT_INTERVIEWS_NEEDED));
    }

    /** Runs for a whole cohort on all cores; results in the order of the runs. */
    public List<SmartPickResult> rankCohort(List<ApplicantRun> runs) {
        return runs.parallelStream().map(run -> rank(run.applicant(), run.options())).toList();
    }

    public SmartPickResult rank(Applicant applicant, RunOptions options) {
        CompiledCatalog.Slice slice = catalog.slice(options.specialty());
        SignalAllowance allowance = weights.specialty(options.specialty()).signals();
        SignalTier[] placed = placedSignals(slice, options, allowance);
        double[] signalLogit = signalLogits(placed, slice);
        ApplicantTerms terms = new ApplicantTerms(model, applicant);

        int size = slice.size();
        double[] probability = new double[size];
        long[] keys = new long[size];
        int[] excluded = new int[REASONS.length];
        int eligible = 0;
        for (int i = 0; i < size; i++) {
            IneligibilityReason reason = Eligibility.firstFailure(applicant, slice.programs[i]);
            if (reason != null) {
                excluded[reason.ordinal()]++;
                continue;
            }
            double p = InterviewModel.sigmoid(logitWithoutSignal(terms, slice, i) + signalLogit[i]);
            probability[i] = p;
            keys[eligible++] = ((long) (p * KEY_SCALE) << INDEX_BITS) | (INDEX_MASK - i);
        }
        // ascending keys read from the end: likeliest first, ties in catalog order
        Arrays.sort(keys, 0, eligible);
        int[] order = new int[eligible];
        for (int r = 0; r < eligible; r++) {
            order[r] = (int) (INDEX_MASK - (keys[eligible - 1 - r] & INDEX_MASK));
        }

        int k = options.interviewsNeeded();
        double[] chance = chanceByCount(order, probability, k);
        int n = Math.min(eligible, fees.maxApplications(options.budget()));

        ExplanationWriter.Run explainer = explanations.forRun(applicant, terms, options.specialty(), allowance);
        List<RankedEntry> entries = new ArrayList<>(n);
        double[] logitsWithoutSignal = new double[n];
        double expected = 0;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            double p = probability[i];
            expected += p;
            logitsWithoutSignal[r] = logitWithoutSignal(terms, slice, i);
            entries.add(new RankedEntry(r + 1, slice.programs[i], Tier.of(p, targetAt, likelyAt), p,
                    fees.feeOf(r + 1), placed[i],
                    explainer.explain(slice.programs[i], placed[i])));
        }
        int primaryPlaced = count(placed, SignalTier.PRIMARY);
        int secondaryPlaced = count(placed, SignalTier.SECONDARY);
        return new SmartPickResult(options.specialty(), k, entries,
                summary(size, eligible, excluded), chance[n], expected, fees.costOf(n),
                marginal(chance, n, 1), marginal(chance, n, 10), curve(chance),
                signalAdvisor.advise(entries, logitsWithoutSignal, allowance, primaryPlaced, secondaryPlaced, k));
    }

    /** Every term but the signal; the scoring loop and the signal advice share it. */
    private double logitWithoutSignal(ApplicantTerms terms, CompiledCatalog.Slice slice, int i) {
        return terms.sum + slice.programLogit[i] + model.step2Logit(terms, slice.typicalStep2[i])
                + terms.regionByDivision[slice.division[i]] + terms.settingByType[slice.type[i]];
    }

    /** chance[n] = P(at least k interviews) from the n likeliest programs, for every n. */
    private static double[] chanceByCount(int[] order, double[] probability, int k) {
        double[] chance = new double[order.length + 1];
        AtLeastK distribution = new AtLeastK(k);
        for (int r = 0; r < order.length; r++) {
            distribution.add(probability[order[r]]);
            chance[r + 1] = distribution.chance();
        }
        return chance;
    }

    private SignalTier[] placedSignals(CompiledCatalog.Slice slice, RunOptions options, SignalAllowance allowance) {
        SignalTier[] placed = new SignalTier[slice.size()];
        int[] used = new int[SignalTier.values().length];
        options.signals().forEach((programId, tier) -> {
            int i = slice.indexOf(programId);
            if (i < 0) {
                throw new IllegalArgumentException(
                        "signal for " + programId + ", which is not a " + options.specialty().displayName() + " program");
            }
            placed[i] = tier;
            if (++used[tier.ordinal()] > allowance.allowed(tier)) {
                throw new IllegalArgumentException("more " + allowance.nameOf(tier) + "s than "
                        + options.specialty().displayName() + " allows (" + allowance.describe() + ")");
            }
        });
        return placed;
    }

    private double[] signalLogits(SignalTier[] placed, CompiledCatalog.Slice slice) {
        double[] logits = slice.noSignals;
        for (int i = 0; i < placed.length; i++) {
            if (placed[i] != null) {
                if (logits == slice.noSignals) {
                    logits = new double[placed.length];
                }
                logits[i] = model.signalLogit(placed[i]);
            }
        }
        return logits;
    }

    private static int count(SignalTier[] placed, SignalTier tier) {
        int count = 0;
        for (SignalTier signal : placed) {
            if (signal == tier) {
                count++;
            }
        }
        return count;
    }

    private static EligibilitySummary summary(int considered, int eligible, int[] excluded) {
        Map<IneligibilityReason, Integer> byReason = new EnumMap<>(IneligibilityReason.class);
        for (IneligibilityReason reason : REASONS) {
            byReason.put(reason, excluded[reason.ordinal()]);
        }
        return new EligibilitySummary(considered, eligible, byReason);
    }

    private MarginalValue marginal(double[] chance, int n, int more) {
        int to = Math.min(chance.length - 1, n + more);
        return new MarginalValue(to - n, fees.costOf(to) - fees.costOf(n), chance[to] - chance[n]);
    }

    private List<CurvePoint> curve(double[] chance) {
        List<CurvePoint> curve = new ArrayList<>(chance.length - 1);
        for (int n = 1; n < chance.length; n++) {
            curve.add(new CurvePoint(n, fees.costOf(n), chance[n]));
        }
        return curve;
    }
}
