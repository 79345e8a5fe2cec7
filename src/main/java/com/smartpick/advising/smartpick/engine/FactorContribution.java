package com.smartpick.advising.smartpick.engine;

/**
 * One term of an entry's logit: how much it moved the chance, why, and which weight it used.
 *
 * @param logit the term's contribution on the log-odds scale (0 when it does not apply)
 * @param detail the inputs and the weight, in words, e.g. "6 months x +0.15 a month"
 * @param weightKey the weights file key this term comes from
 */
public record FactorContribution(Factor factor, double logit, String detail, String weightKey) {
}
