package com.smartpick.advising.smartpick.engine;

import java.util.List;

/**
 * Signal placement within the specialty's allowance: the signals not yet placed, suggested on the listed programs
 * where they raise the chance of matching most.
 *
 * @param chanceWithSuggestions the chance of matching if every suggestion is followed
 */
public record SignalAdvice(SignalAllowance allowance, int primaryPlaced, int secondaryPlaced,
        List<SignalSuggestion> suggestions, double chanceWithSuggestions) {

    public SignalAdvice {
        suggestions = List.copyOf(suggestions);
    }
}
