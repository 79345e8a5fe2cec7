package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The engine: ranks a catalog for an applicant in three stages.
 * <ol>
 *   <li>Eligibility: {@link Eligibility} drops programs the applicant cannot apply to, and the advisor's exclusions
 *       go.</li>
 *   <li>Fit and competitiveness: a logistic model ({@link InterviewModel}) gives each remaining program a chance of an
 *       interview, calibrated per specialty on NRMP's outcomes for non-US IMGs ({@link Calibration}).</li>
 *   <li>Portfolio: the list that maximizes the chance of matching ({@link MatchModel}). For every value of the
 *       applicant's random effect, adding a program with interview chance p multiplies the chance of not matching by
 *       (1 - m p), so the likelier program is always the better next one, and as the random effect shifts every
 *       program's log-odds alike the order is the same for all of them: the n likeliest programs are the exact optimum
 *       for n applications. Programs the applicant signaled or the advisor pinned come first whatever their chance.
 *       Each further application adds less than the one before, so the list stops at the first that would add less
 *       than the threshold, or where the budget ends.</li>
 * </ol>
 * Immutable and thread-safe: one instance serves every run.
 */
public final class SmartPick {

    private static final IneligibilityReason[] REASONS = IneligibilityReason.values();
    /** The curve runs to this many applications at least (or to the last eligible program), for the chart. */
    private static final int CURVE_AT_LEAST = 150;
    /**
     * A sort key holds the log-odds (clamped to +-64) in steps of 2^-33 above the program's index: log-odds closer
     * than that tie and keep catalog order.
     */
    private static final int INDEX_BITS = 21;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final double KEY_RANGE = 64;
    private static final double KEY_SCALE = 0x1p33;

    private final Season season;
    private final InterviewModel model;
    private final MatchModel match;
    private final CompiledCatalog catalog;
    private final ExplanationWriter explanations;
    private final SignalAdvisor signalAdvisor;
    private final double targetAt;
    private final double likelyAt;
    private final double minimumGain;

    public SmartPick(Weights weights, Season season, List<Program> catalog) {
        if (catalog.size() > INDEX_MASK) {
            throw new IllegalArgumentException("catalog too large");
        }
        this.season = season;
        this.model = new InterviewModel(weights);
        this.match = new MatchModel(weights.get(WeightKey.RANDOM_EFFECT_SD), weights.get(WeightKey.RANGE_QUANTILE));
        this.catalog = new CompiledCatalog(catalog, model);
        this.explanations = new ExplanationWriter(model, match);
        this.signalAdvisor = new SignalAdvisor(model, match);
        this.targetAt = weights.get(WeightKey.TIER_TARGET_AT);
        this.likelyAt = weights.get(WeightKey.TIER_LIKELY_AT);
        this.minimumGain = weights.get(WeightKey.MINIMUM_GAIN);
    }

    public static SmartPick withDefaults(List<Program> catalog) {
        return new SmartPick(Weights.loadDefault(), Season.loadDefault(), catalog);
    }

    /** A run in the applicant's first preferred specialty. */
    public RunOptions defaultOptions(Applicant applicant, Budget budget) {
        if (applicant.preferredSpecialties().isEmpty()) {
            throw new IllegalArgumentException("the applicant has no preferred specialty");
        }
        return RunOptions.of(applicant.preferredSpecialties().get(0), budget);
    }

    /** Runs for a whole cohort on all cores; results in the order of the runs. */
    public List<SmartPickResult> rankCohort(List<ApplicantRun> runs) {
        return runs.parallelStream().map(run -> rank(run.applicant(), run.options())).toList();
    }

    /**
     * The chance of matching and the mean number of interviews of a list already made, from its entries' log-odds:
     * what a list shows again after an entry is excluded or included.
     */
    public ListOutlook outlookOf(Specialty specialty, double[] logits) {
        MatchModel.Portfolio portfolio = match.portfolio(model.figures(specialty).matchPerInterview());
        for (double logit : logits) {
            portfolio.add(logit);
        }
        FeeSchedule fees = season.feesOf(specialty);
        int applications = logits.length;
        return new ListOutlook(portfolio.outlook(), portfolio.expectedInterviews(),
                match.interviewCounts(logits, applications), fees.costOf(applications),
                applications == 0 ? 0 : season.transcriptFeeOf(specialty));
    }

    public SmartPickResult rank(Applicant applicant, RunOptions options) {
        Specialty specialty = options.specialty();
        CompiledCatalog.Slice slice = catalog.slice(specialty);
        SignalAllowance allowance = season.signalsOf(specialty);
        List<String> warnings = new ArrayList<>(Rules.warnings(applicant, specialty, season));
        SignalTier[] placed = placedSignals(slice, options, allowance, warnings);
        ApplicantTerms terms = new ApplicantTerms(model, applicant);
        double base = model.intercept(specialty) + terms.sum;

        int size = slice.size();
        double[] logit = new double[size];
        long[] keys = new long[size];
        int[] excluded = new int[REASONS.length];
        int eligible = 0;
        int leftOut = 0;
        int keptCount = 0;
        for (int i = 0; i < size; i++) {
            Program program = slice.programs[i];
            IneligibilityReason reason = Eligibility.firstFailure(applicant, program);
            boolean keep = placed[i] != null || options.pinned().contains(program.id());
            if (reason != null) {
                excluded[reason.ordinal()]++;
                if (keep) {
                    warnings.add(program.name() + " is kept by a signal or a pin but is not open to this profile: "
                            + reason.message() + ". It is left off.");
                }
                continue;
            }
            if (options.excluded().contains(program.id())) {
                leftOut++;
                continue;
            }
            double z = base + logitWithoutSignal(specialty, terms, slice, i) + model.signalLogit(placed[i]);
            logit[i] = z;
            keptCount += keep ? 1 : 0;
            // kept programs sort above all others, in their own order of chance
            double clamped = Math.max(-KEY_RANGE, Math.min(KEY_RANGE, z)) + KEY_RANGE + (keep ? 2 * KEY_RANGE : 0);
            keys[eligible++] = ((long) (clamped * KEY_SCALE) << INDEX_BITS) | (INDEX_MASK - i);
        }
        Arrays.sort(keys, 0, eligible);
        int[] order = new int[eligible];
        for (int r = 0; r < eligible; r++) {
            order[r] = (int) (INDEX_MASK - (keys[eligible - 1 - r] & INDEX_MASK));
        }

        FeeSchedule fees = season.feesOf(specialty);
        int transcript = season.transcriptFeeOf(specialty);
        int budget = switch (options.budget()) {
            case Budget.Applications applications -> applications.count();
            case Budget.Dollars dollars -> fees.maxApplications(dollars.amount(), transcript);
        };
        if (keptCount > budget) {
            warnings.add("The " + Format.count(keptCount, "signaled or pinned program") + " go beyond the budget of "
                    + Format.count(budget, "application") + ": all of them stay on the list.");
        }

        double matchPerInterview = model.figures(specialty).matchPerInterview();
        int curveEnd = Math.min(eligible, Math.max(Math.max(budget, keptCount) + 10, CURVE_AT_LEAST));
        MatchModel.Portfolio portfolio = match.portfolio(matchPerInterview);
        double[] chance = new double[curveEnd + 1];
        MatchChance[] outlook = new MatchChance[curveEnd + 1];
        double[] expected = new double[curveEnd + 1];
        outlook[0] = MatchChance.NONE;
        for (int r = 0; r < curveEnd; r++) {
            portfolio.add(logit[order[r]]);
            chance[r + 1] = portfolio.chance();
            outlook[r + 1] = portfolio.outlook();
            expected[r + 1] = portfolio.expectedInterviews();
        }
        ListEnd end = end(chance, eligible, keptCount, budget);
        int n = end.applications();

        ExplanationWriter.Run explainer = explanations.forRun(applicant, terms, specialty, allowance);
        List<RankedEntry> entries = new ArrayList<>(n);
        double[] listed = new double[n];
        double[] logitsWithoutSignal = new double[n];
        int[] byChance = Arrays.copyOf(order, n);
        sortByLogit(byChance, logit);
        for (int r = 0; r < n; r++) {
            int i = byChance[r];
            double p = match.interviewChance(logit[i]);
            listed[r] = logit[i];
            logitsWithoutSignal[r] = logit[i] - model.signalLogit(placed[i]);
            Program program = slice.programs[i];
            entries.add(new RankedEntry(r + 1, program, Tier.of(p, targetAt, likelyAt), p, logit[i], fees.feeOf(r + 1),
                    placed[i], options.pinned().contains(program.id()), explainer.explain(program, logit[i], slice.typicalStep2[i],
                            program.percentImgResidents() - slice.averageImgShare, placed[i])));
        }
        return new SmartPickResult(specialty, season.matchYear(), season.serviceOf(specialty), entries,
                summary(size, eligible, excluded, leftOut), outlook[n], expected[n], match.interviewCounts(listed, n),
                fees.costOf(n),
                n == 0 ? 0 : transcript, end, marginal(chance, fees, n, 1), marginal(chance, fees, n, 10),
                curve(chance, fees), signalAdvisor.advise(entries, logitsWithoutSignal, allowance,
                        count(placed, SignalTier.PRIMARY), count(placed, SignalTier.SECONDARY), matchPerInterview),
                warnings, seasonNote(specialty));
    }

    /** Every program-dependent term but the signal; the scoring loop and the signal advice share it. */
    private double logitWithoutSignal(Specialty specialty, ApplicantTerms terms, CompiledCatalog.Slice slice, int i) {
        return slice.programLogit[i] + model.step2Logit(specialty, terms, slice.typicalStep2[i])
                + terms.regionByDivision[slice.division[i]] + terms.settingByType[slice.type[i]];
    }

    /**
     * The first count from the kept programs on where the next application adds less than the threshold, within the
     * budget and the eligible programs. Gains only fall as the list grows (each next program is less likely and finds
     * a smaller chance left to win), so the first such count is where the list should end.
     */
    private ListEnd end(double[] chance, int eligible, int kept, int budget) {
        int limit = Math.min(eligible, Math.max(budget, kept));
        for (int n = kept; n < limit; n++) {
            double gain = chance[n + 1] - chance[n];
            if (gain < minimumGain) {
                return new ListEnd(ListEnd.Reason.NO_GAIN, n, budget, gain, minimumGain);
            }
        }
        double next = limit + 1 < chance.length ? chance[limit + 1] - chance[limit] : 0;
        ListEnd.Reason reason = limit == eligible ? ListEnd.Reason.NO_MORE_PROGRAMS : ListEnd.Reason.BUDGET;
        return new ListEnd(reason, limit, budget, next, minimumGain);
    }

    /** Insertion sort by falling log-odds, ties by catalog index: the kept programs are few and the rest already sorted. */
    private static void sortByLogit(int[] indices, double[] logit) {
        for (int a = 1; a < indices.length; a++) {
            int i = indices[a];
            int b = a - 1;
            while (b >= 0 && (logit[indices[b]] < logit[i] || (logit[indices[b]] == logit[i] && indices[b] > i))) {
                indices[b + 1] = indices[b];
                b--;
            }
            indices[b + 1] = i;
        }
    }

    private String seasonNote(Specialty specialty) {
        ApplicationService service = season.serviceOf(specialty);
        return specialty.displayName() + " applications for the " + season.matchYear() + " Match go through "
                + service.displayName() + ": " + season.feesOf(specialty).describe() + ", plus the USMLE transcript ($"
                + season.transcriptFeeOf(specialty) + ", once a season); " + season.signalsOf(specialty).describe() + ".";
    }

    /** A signal on a program the catalog no longer lists cannot reach the list: it is named in a warning instead. */
    private SignalTier[] placedSignals(CompiledCatalog.Slice slice, RunOptions options, SignalAllowance allowance,
            List<String> warnings) {
        SignalTier[] placed = new SignalTier[slice.size()];
        int[] used = new int[SignalTier.values().length];
        options.signals().forEach((programId, tier) -> {
            int i = slice.indexOf(programId);
            if (i < 0) {
                warnings.add("The " + allowance.nameOf(tier) + " on " + programId + " is not counted: the catalog has "
                        + "no " + options.specialty().displayName() + " program with that id any more.");
                return;
            }
            placed[i] = tier;
            if (++used[tier.ordinal()] > allowance.allowed(tier)) {
                throw new IllegalArgumentException("more " + allowance.nameOf(tier) + "s than "
                        + options.specialty().displayName() + " allows (" + allowance.describe() + ")");
            }
        });
        return placed;
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

    private static EligibilitySummary summary(int considered, int eligible, int[] excluded, int leftOut) {
        Map<IneligibilityReason, Integer> byReason = new EnumMap<>(IneligibilityReason.class);
        for (IneligibilityReason reason : REASONS) {
            byReason.put(reason, excluded[reason.ordinal()]);
        }
        return new EligibilitySummary(considered, eligible + leftOut, byReason, leftOut);
    }

    private static MarginalValue marginal(double[] chance, FeeSchedule fees, int n, int more) {
        int to = Math.min(chance.length - 1, n + more);
        return new MarginalValue(to - n, fees.costOf(to) - fees.costOf(n), chance[to] - chance[n]);
    }

    private static List<CurvePoint> curve(double[] chance, FeeSchedule fees) {
        List<CurvePoint> curve = new ArrayList<>(chance.length - 1);
        for (int n = 1; n < chance.length; n++) {
            curve.add(new CurvePoint(n, fees.costOf(n), chance[n]));
        }
        return curve;
    }
}
