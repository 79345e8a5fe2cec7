package com.smartpick.advising.smartpick.engine;

/**
 * A service's application fees for one specialty in one season: a flat fee that covers the first {@code flatPrograms}
 * programs (both 0 where there is none), then {@code feeEach} a program up to the {@code feeEachUpTo}-th, then
 * {@code laterFee} for each one after. ERAS and ResidencyCAS both price this way.
 */
public record FeeSchedule(int flatFee, int flatPrograms, int feeEach, int feeEachUpTo, int laterFee) {

    public FeeSchedule {
        if (flatFee < 0 || flatPrograms < 0 || feeEach < 0 || laterFee < 0 || feeEachUpTo < flatPrograms) {
            throw new IllegalArgumentException("fees cannot be negative and the bands must follow each other");
        }
    }

    /** What applying to {@code applications} programs of one specialty costs. */
    public int costOf(int applications) {
        if (applications <= 0) {
            return 0;
        }
        int each = Math.max(0, Math.min(applications, feeEachUpTo) - flatPrograms);
        int later = Math.max(0, applications - feeEachUpTo);
        return flatFee + each * feeEach + later * laterFee;
    }

    /** What the n-th application (1-based) adds to the bill. */
    public int feeOf(int nth) {
        return costOf(nth) - costOf(nth - 1);
    }

    /** The most applications that {@code dollars} pays for after {@code alreadySpent}. */
    public int maxApplications(int dollars, int alreadySpent) {
        int left = dollars - alreadySpent;
        int n = 0;
        while (costOf(n + 1) <= left && n < Budget.MAX_APPLICATIONS) {
            n++;
        }
        return n;
    }

    /** For example "$11 each up to 30, then $30 each" or "$99 for up to 18, $18 each up to 30, then $23 each". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (flatPrograms > 0) {
            text.append('$').append(flatFee).append(" for up to ").append(flatPrograms).append(", ");
        }
        return text.append('$').append(feeEach).append(" each up to ").append(feeEachUpTo).append(", then $")
                .append(laterFee).append(" each").toString();
    }
}
