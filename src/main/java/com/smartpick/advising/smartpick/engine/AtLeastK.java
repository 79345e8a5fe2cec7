package com.smartpick.advising.smartpick.engine;

/**
 * The chance of at least k successes among independent Bernoulli trials, added one at a time.
 * Exact dynamic programming: the distribution of 0..k-1 successes is kept, everything from k up
 * is one absorbing state, so each trial costs O(k) and allocates nothing.
 */
final class AtLeastK {

    private final double[] below;
    private double atLeast;

    AtLeastK(int k) {
        below = new double[k];
        below[0] = 1;
    }

    void add(double p) {
        int k = below.length;
        atLeast += below[k - 1] * p;
        for (int j = k - 1; j > 0; j--) {
            below[j] = below[j] * (1 - p) + below[j - 1] * p;
        }
        below[0] *= 1 - p;
    }

    double chance() {
        // the sum of many small terms can round a hair past 1; a probability shown as 100.0000001 % would be wrong
        return Math.min(1, atLeast);
    }
}
