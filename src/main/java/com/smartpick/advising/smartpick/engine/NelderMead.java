package com.smartpick.advising.smartpick.engine;

import java.util.Arrays;
import java.util.Comparator;

/** The Nelder–Mead simplex search: few parameters, a smooth loss, no gradient at hand. */
final class NelderMead {

    private NelderMead() {
    }

    interface Function {
        double at(double[] x);
    }

    record Result(double[] x, double value) {
    }

    static Result minimize(Function f, double[] start, double step, int maxEvaluations) {
        int d = start.length;
        double[][] simplex = new double[d + 1][];
        double[] values = new double[d + 1];
        for (int i = 0; i <= d; i++) {
            simplex[i] = start.clone();
            if (i > 0) {
                simplex[i][i - 1] += step;
            }
            values[i] = f.at(simplex[i]);
        }
        int evaluations = d + 1;
        Integer[] order = new Integer[d + 1];
        while (evaluations < maxEvaluations) {
            for (int i = 0; i <= d; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
            int best = order[0];
            int worst = order[d];
            int second = order[d - 1];
            if (Math.abs(values[worst] - values[best]) < 1e-12) {
                break;
            }
            double[] centroid = new double[d];
            for (int i = 0; i <= d; i++) {
                if (i != worst) {
                    for (int j = 0; j < d; j++) {
                        centroid[j] += simplex[i][j] / d;
                    }
                }
            }
            double[] reflected = along(centroid, simplex[worst], -1);
            double reflectedValue = f.at(reflected);
            evaluations++;
            if (reflectedValue < values[best]) {
                double[] expanded = along(centroid, simplex[worst], -2);
                double expandedValue = f.at(expanded);
                evaluations++;
                if (expandedValue < reflectedValue) {
                    simplex[worst] = expanded;
                    values[worst] = expandedValue;
                } else {
                    simplex[worst] = reflected;
                    values[worst] = reflectedValue;
                }
            } else if (reflectedValue < values[second]) {
                simplex[worst] = reflected;
                values[worst] = reflectedValue;
            } else {
                double[] contracted = along(centroid, simplex[worst], 0.5);
                double contractedValue = f.at(contracted);
                evaluations++;
                if (contractedValue < values[worst]) {
                    simplex[worst] = contracted;
                    values[worst] = contractedValue;
                } else {
                    for (int i = 0; i <= d; i++) {
                        if (i != best) {
                            simplex[i] = along(simplex[best], simplex[i], 0.5);
                            values[i] = f.at(simplex[i]);
                            evaluations++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= d; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return new Result(simplex[best], values[best]);
    }

    /** centroid + t (point - centroid). */
    private static double[] along(double[] centroid, double[] point, double t) {
        double[] x = new double[centroid.length];
        for (int j = 0; j < x.length; j++) {
            x[j] = centroid[j] + t * (point[j] - centroid[j]);
        }
        return x;
    }
}
