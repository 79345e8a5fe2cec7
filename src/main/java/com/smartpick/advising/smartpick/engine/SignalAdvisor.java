package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests where to spend the signals not yet placed, among the programs on the list.
 *
 * <p>Greedy: gold (primary) signals first, one at a time, each on the program where it raises the
 * chance of at least k interviews most. Raising one program's chance from p to p' adds
 * (p' - p) x P(exactly k-1 interviews from the other programs), which is computed exactly from
 * prefix and suffix distributions. This usually picks middling programs: a signal barely moves a
 * program that would interview anyway, or one far out of reach. Only listed programs are
 * considered, because a signal goes with an application.
 */
final class SignalAdvisor {

    private final InterviewModel model;

    SignalAdvisor(InterviewModel model) {
        this.model = model;
    }

    /**
     * @param logitWithoutSignal each entry's log-odds before any signal, in list order
     */
    SignalAdvice advise(List<RankedEntry> entries, double[] logitWithoutSignal, SignalAllowance allowance,
            int primaryPlaced, int secondaryPlaced, int k) {
        int n = entries.size();
        double[] p = new double[n];
        boolean[] signaled = new boolean[n];
        for (int i = 0; i < n; i++) {
            p[i] = entries.get(i).probability();
            signaled[i] = entries.get(i).signal() != null;
        }
        List<SignalSuggestion> suggestions = new ArrayList<>();
        OthersExactly others = new OthersExactly(n, k);
        for (SignalTier tier : SignalTier.values()) {
            int placed = tier == SignalTier.PRIMARY ? primaryPlaced : secondaryPlaced;
            double lift = model.signalLogit(tier);
            for (int left = allowance.allowed(tier) - placed; left > 0; left--) {
                others.compute(p);
                int best = -1;
                double bestGain = -1;
                double bestDelta = -1;
                for (int i = 0; i < n; i++) {
                    if (signaled[i]) {
                        continue;
                    }
                    double delta = InterviewModel.sigmoid(logitWithoutSignal[i] + lift) - p[i];
                    double gain = delta * others.kMinusOneWithout(i);
                    // when the chance is already certain every gain is 0: fall back on the bigger lift
                    if (gain > bestGain || (gain == bestGain && delta > bestDelta)) {
                        best = i;
                        bestGain = gain;
                        bestDelta = delta;
                    }
                }
                if (best < 0) {
                    break;
                }
                RankedEntry entry = entries.get(best);
                suggestions.add(new SignalSuggestion(entry.rank(), entry.program(), tier, allowance.nameOf(tier),
                        p[best], p[best] + bestDelta));
                p[best] += bestDelta;
                signaled[best] = true;
            }
        }
        AtLeastK with = new AtLeastK(k);
        for (double probability : p) {
            with.add(probability);
        }
        return new SignalAdvice(allowance, primaryPlaced, secondaryPlaced, suggestions, with.chance());
    }

    /** P(exactly k-1 successes among all trials but i), for every i, in O(n k). */
    private static final class OthersExactly {
        private final int k;
        private final double[][] prefix;
        private final double[][] suffix;

        OthersExactly(int n, int k) {
            this.k = k;
            prefix = new double[n + 1][k];
            suffix = new double[n + 1][k];
        }

        void compute(double[] p) {
            int n = p.length;
            prefix[0][0] = 1;
            for (int i = 0; i < n; i++) {
                step(prefix[i], prefix[i + 1], p[i]);
            }
            suffix[n][0] = 1;
            for (int i = n - 1; i >= 0; i--) {
                step(suffix[i + 1], suffix[i], p[i]);
            }
        }

        private void step(double[] from, double[] to, double p) {
            to[0] = from[0] * (1 - p);
            for (int j = 1; j < k; j++) {
                to[j] = from[j] * (1 - p) + from[j - 1] * p;
            }
        }

        double kMinusOneWithout(int i) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += prefix[i][j] * suffix[i + 1][k - 1 - j];
            }
            return sum;
        }
    }
}
