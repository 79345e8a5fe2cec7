package com.smartpick.advising.smartpick.engine;

/** How many signals of each kind a specialty allows in one application season. */
public record SignalAllowance(int primary, int secondary) {

    public SignalAllowance {
        if (primary < 0 || secondary < 0) {
            throw new IllegalArgumentException("a signal allowance cannot be negative");
        }
    }

    public int allowed(SignalTier tier) {
        return tier == SignalTier.PRIMARY ? primary : secondary;
    }

    /** Gold and silver only mean something where a specialty has both kinds. */
    public String nameOf(SignalTier tier) {
        if (secondary == 0) {
            return "signal";
        }
        return tier == SignalTier.PRIMARY ? "gold signal" : "silver signal";
    }

    /** For example "3 gold + 12 silver" or "10 signals" (or "1 signal"). */
    public String describe() {
        return secondary == 0 ? Format.count(primary, "signal") : primary + " gold + " + secondary + " silver";
    }
}
