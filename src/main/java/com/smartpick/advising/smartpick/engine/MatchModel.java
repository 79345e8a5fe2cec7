package com.smartpick.advising.smartpick.engine;

import java.util.Arrays;

/**
 * From chances of an interview to the chance of matching, for applicants who differ in what no profile captures.
 *
 * <p>Each applicant carries a random effect u ~ N(0, sd²) on the log-odds of every interview (the personal statement,
 * the interview itself, luck: the same for all their programs). Given u, interviews at different programs are
 * independent; each program ranked ends in the match with the specialty's chance m, so with interview chances p_j the
 * chance of matching is 1 - prod_j (1 - m p_j(u)): the chance that not one interview ends in the match, which is the
 * mean of (1 - m)^r over the distribution of the number r of interviews (programs ranked). The figures shown are means
 * over u (Gauss–Hermite quadrature), and the range is the chance of the applicants at the lower and upper
 * {@code rangeQuantile} of u: applicants with the same profile, luckier or not.
 */
final class MatchModel {

    /** Gauss–Hermite nodes and weights for the standard normal; 10 nodes are exact to 5e-5 for every list tried. */
    private static final double[] NODES = {-4.859462828332312, -3.581823483551927, -2.4843258416389546,
        -1.4659890943911582, -0.48493570751549764, 0.48493570751549764, 1.4659890943911582, 2.4843258416389546,
        3.581823483551927, 4.859462828332312};
    private static final double[] NODE_WEIGHTS = {4.3106526307183114e-06, 0.0007580709343122171,
        0.01911158050077027, 0.13548370298026777, 0.34464233493201896, 0.34464233493201896, 0.13548370298026777,
        0.01911158050077027, 0.0007580709343122171, 4.3106526307183114e-06};
    static final int POINTS = NODES.length;
    /** The interview chance averaged over u, tabulated: it is a smooth function of one log-odds. */
    private static final double TABLE_FROM = -30;
    private static final double TABLE_STEP = 0.005;

    /** The log-odds shift of each node, then of the range's lower and upper applicant. */
    private final double[] shift = new double[POINTS + 2];
    private final double[] marginal;

    MatchModel(double sd, double rangeQuantile) {
        if (sd < 0 || rangeQuantile <= 0 || rangeQuantile >= 0.5) {
            throw new IllegalArgumentException("the random effect's spread cannot be negative and the range is a "
                    + "quantile below one half");
        }
        for (int k = 0; k < POINTS; k++) {
            shift[k] = sd * NODES[k];
        }
        double z = Normal.quantile(1 - rangeQuantile);
        shift[POINTS] = -sd * z;
        shift[POINTS + 1] = sd * z;
        int size = (int) Math.round(-2 * TABLE_FROM / TABLE_STEP) + 1;
        marginal = new double[size];
        for (int i = 0; i < size; i++) {
            marginal[i] = exactMarginal(TABLE_FROM + i * TABLE_STEP);
        }
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The chance of an interview for an applicant of this profile, whose log-odds before u is {@code logit}. */
    double interviewChance(double logit) {
        double x = (logit - TABLE_FROM) / TABLE_STEP;
        if (x <= 0) {
            return marginal[0];
        }
        int i = (int) x;
        if (i >= marginal.length - 1) {
            return marginal[marginal.length - 1];
        }
        double f = x - i;
        return marginal[i] * (1 - f) + marginal[i + 1] * f;
    }

    private double exactMarginal(double logit) {
        double sum = 0;
        for (int k = 0; k < POINTS; k++) {
            sum += NODE_WEIGHTS[k] * sigmoid(logit + shift[k]);
        }
        return sum;
    }

    /** One list, built up application by application. */
    Portfolio portfolio(double matchPerInterview) {
        return new Portfolio(matchPerInterview);
    }

    /** The chance of matching for the list so far, given its interview log-odds one by one. */
    final class Portfolio {
        private final double matchPerInterview;
        /** Per node, then per end of the range: the chance that no interview so far ends in the match. */
        private final double[] noMatch = new double[POINTS + 2];
        private double expectedInterviews;

        private Portfolio(double matchPerInterview) {
            this.matchPerInterview = matchPerInterview;
            Arrays.fill(noMatch, 1);
        }

        void add(double logit) {
            for (int k = 0; k < noMatch.length; k++) {
                double p = sigmoid(logit + shift[k]);
                noMatch[k] *= 1 - matchPerInterview * p;
                if (k < POINTS) {
                    expectedInterviews += NODE_WEIGHTS[k] * p;
                }
            }
        }

        double chance() {
            double sum = 0;
            for (int k = 0; k < POINTS; k++) {
                sum += NODE_WEIGHTS[k] * (1 - noMatch[k]);
            }
            return sum;
        }

        double low() {
            return 1 - noMatch[POINTS];
        }

        double high() {
            return 1 - noMatch[POINTS + 1];
        }

        double expectedInterviews() {
            return expectedInterviews;
        }

        MatchChance outlook() {
            return new MatchChance(chance(), low(), high());
        }
    }

    /**
     * The distribution of the number of interviews a list brings, averaged over u: for each u the interviews are a sum
     * of independent trials, kept exactly up to {@link InterviewCounts#OR_MORE} and lumped above.
     */
    InterviewCounts interviewCounts(double[] logits, int n) {
        int top = InterviewCounts.OR_MORE;
        double[] mean = new double[top + 1];
        double[] count = new double[top + 1];
        for (int k = 0; k < POINTS; k++) {
            Arrays.fill(count, 0);
            count[0] = 1;
            for (int i = 0; i < n; i++) {
                double p = sigmoid(logits[i] + shift[k]);
                count[top] += count[top - 1] * p;
                for (int j = top - 1; j > 0; j--) {
                    count[j] = count[j] * (1 - p) + count[j - 1] * p;
                }
                count[0] *= 1 - p;
            }
            for (int j = 0; j <= top; j++) {
                mean[j] += NODE_WEIGHTS[k] * count[j];
            }
        }
        return new InterviewCounts(mean);
    }

    /** The nodes' log-odds shifts and weights, for code that integrates over u itself. */
    double shiftOf(int node) {
        return shift[node];
    }

    /** The node of the standard normal; times the spread it is the node's log-odds shift. */
    static double nodeOf(int node) {
        return NODES[node];
    }

    static double weightOf(int node) {
        return NODE_WEIGHTS[node];
    }
}
