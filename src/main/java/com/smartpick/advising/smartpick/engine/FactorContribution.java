package com.smartpick.advising.smartpick.engine;

/**
 * One term of an entry's chance: what it adds to this program's chance of an interview, why, and which weight it
 * used.
 *
 * @param points what the term adds to the chance of an interview, as a probability (0.021 is 2.1 percentage points):
 *     the chance with every term less the chance with this one at the reference applicant's value
 * @param detail the inputs in words, e.g. "6 months vs. 3 for the reference applicant"
 * @param weightKey the weights file key this term comes from
 * @param estimate whether the weight is an estimate (NRMP publishes nothing to calibrate it on)
 */
public record FactorContribution(Factor factor, double points, String detail, String weightKey, boolean estimate) {

    /** The line as a list shows it, e.g. "Hands-on US clinical experience: 6 months vs. 3 ..., +1.2 points (estimate)". */
    public String text() {
        return factor.label() + ": " + detail + ", " + Format.points(points) + (estimate ? " (estimate)" : "");
    }
}
