package com.smartpick.advising.smartpick.engine;

/**
 * Where the list stops and why: the budget is a ceiling, and the list ends earlier where one more application would
 * add less than the threshold to the chance of matching.
 *
 * @param applications how many programs the list uses
 * @param budget the most applications the budget pays for
 * @param nextGain what the next application would add to the chance of matching (0 when there is none)
 * @param threshold the least gain an application must bring ({@code portfolio.minimumGainPerApplication})
 */
public record ListEnd(Reason reason, int applications, int budget, double nextGain, double threshold) {

    public enum Reason {
        /** One more application would add less than the threshold. */
        NO_GAIN,
        /** The budget is spent. */
        BUDGET,
        /** Every eligible program is on the list. */
        NO_MORE_PROGRAMS
    }

    /** In plain words, for the list's page. */
    public String explain() {
        return switch (reason) {
            case NO_GAIN -> "The list stops at " + Format.count(applications, "application") + ": one more would add "
                    + "less than " + Format.pointsSize(threshold) + " to the chance of matching (it would add "
                    + Format.pointsSize(nextGain) + "), so " + Format.count(budget - applications, "application")
                    + " of the budget " + (budget - applications == 1 ? "is" : "are") + " left unspent.";
            case BUDGET -> "The list uses the whole budget of " + Format.count(budget, "application")
                    + (nextGain > 0 ? "; one more would still add " + Format.pointsSize(nextGain) + "." : ".");
            case NO_MORE_PROGRAMS -> applications == 0 ? "No program is open to this profile."
                    : "Every eligible program is on the list (" + Format.count(applications, "program") + ").";
        };
    }
}
