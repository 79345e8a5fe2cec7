package com.smartpick.advising.smartpick.engine;

/** ERAS residency fees for one specialty: a flat fee up to a number of programs, a higher one after. */
public record FeeSchedule(int firstTierPrograms, int firstTierFee, int laterFee) {

    public static FeeSchedule from(Weights weights) {
        return new FeeSchedule(weights.getInt(WeightKey.FEES_FIRST_TIER_PROGRAMS),
                weights.getInt(WeightKey.FEES_FIRST_TIER_FEE), weights.getInt(WeightKey.FEES_LATER_FEE));
    }

    /** What applying to the first {@code applications} programs of a specialty costs. */
    public int costOf(int applications) {
        int first = Math.min(applications, firstTierPrograms);
        return first * firstTierFee + (applications - first) * laterFee;
    }

    /** The fee of the n-th application (1-based) in a specialty. */
    public int feeOf(int nth) {
        return nth <= firstTierPrograms ? firstTierFee : laterFee;
    }

    /** The most applications a budget pays for. */
    public int maxApplications(Budget budget) {
        return switch (budget) {
            case Budget.Applications applications -> applications.count();
            case Budget.Dollars dollars -> {
                int firstTierCost = firstTierPrograms * firstTierFee;
                yield dollars.amount() <= firstTierCost
                        ? dollars.amount() / firstTierFee
                        : firstTierPrograms + (dollars.amount() - firstTierCost) / laterFee;
            }
        };
    }
}
