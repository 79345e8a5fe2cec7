package com.smartpick.advising.smartpick.engine;

import java.util.List;

/**
 * Why an entry has its chance: a one-line summary and every term of the model. The terms sum to
 * {@code logit}, and the probability is the logistic function of it, so each figure traces back.
 */
public record Explanation(String summary, List<FactorContribution> factors, double logit) {

    public Explanation {
        factors = List.copyOf(factors);
    }
}
