package com.smartpick.advising.smartpick.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Suggests where to spend the signals not yet placed, among the programs on the list.
 *
 * <p>Greedy: gold (primary) signals first, one at a time, each on the program where it raises the chance of matching
 * most. For an applicant with random effect u, raising one program's interview chance from p to p' raises the chance
 * of matching by m (p' - p) times the chance that no other interview ends in the match, which is the product over the
 * others; the gain is averaged over u like every figure. This usually picks middling programs: a signal barely moves a
 * program that would interview anyway, or one far out of reach. Only listed programs are considered, because a signal
 * goes with an application.
 */
final class SignalAdvisor {

    private final InterviewModel model;
    private final MatchModel match;

    SignalAdvisor(InterviewModel model, MatchModel match) {
        this.model = model;
        this.match = match;
    }

    /**
     * @param logitWithoutSignal each entry's log-odds before any signal, in list order
     */
    SignalAdvice advise(List<RankedEntry> entries, double[] logitWithoutSignal, SignalAllowance allowance,
            int primaryPlaced, int secondaryPlaced, double matchPerInterview) {
        int n = entries.size();
        int points = MatchModel.POINTS;
        double[][] p = new double[n][points];
        boolean[] signaled = new boolean[n];
        double[] noMatch = new double[points];
        Arrays.fill(noMatch, 1);
        for (int i = 0; i < n; i++) {
            RankedEntry entry = entries.get(i);
            signaled[i] = entry.signal() != null;
            for (int k = 0; k < points; k++) {
                p[i][k] = MatchModel.sigmoid(entry.logit() + match.shiftOf(k));
                noMatch[k] *= 1 - matchPerInterview * p[i][k];
            }
        }
        List<SignalSuggestion> suggestions = new ArrayList<>();
        for (SignalTier tier : SignalTier.values()) {
            int placed = tier == SignalTier.PRIMARY ? primaryPlaced : secondaryPlaced;
            double lift = model.signalLogit(tier);
            double[][] lifted = new double[n][points];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < points; k++) {
                    lifted[i][k] = MatchModel.sigmoid(logitWithoutSignal[i] + lift + match.shiftOf(k));
                }
            }
            for (int left = allowance.allowed(tier) - placed; left > 0; left--) {
                int best = -1;
                double bestGain = -1;
                for (int i = 0; i < n; i++) {
                    if (signaled[i]) {
                        continue;
                    }
                    double gain = 0;
                    for (int k = 0; k < points; k++) {
                        gain += MatchModel.weightOf(k) * matchPerInterview * (lifted[i][k] - p[i][k]) * noMatch[k]
                                / (1 - matchPerInterview * p[i][k]);
                    }
                    if (gain > bestGain) {
                        best = i;
                        bestGain = gain;
                    }
                }
                if (best < 0) {
                    break;
                }
                RankedEntry entry = entries.get(best);
                suggestions.add(new SignalSuggestion(entry.rank(), entry.program(), tier, allowance.nameOf(tier),
                        entry.probability(), match.interviewChance(logitWithoutSignal[best] + lift)));
                for (int k = 0; k < points; k++) {
                    noMatch[k] *= (1 - matchPerInterview * lifted[best][k]) / (1 - matchPerInterview * p[best][k]);
                    p[best][k] = lifted[best][k];
                }
                signaled[best] = true;
            }
        }
        double chance = 0;
        for (int k = 0; k < points; k++) {
            chance += MatchModel.weightOf(k) * (1 - noMatch[k]);
        }
        return new SignalAdvice(allowance, primaryPlaced, secondaryPlaced, suggestions, chance);
    }
}
