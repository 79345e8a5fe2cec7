package com.smartpick.advising.smartpick.signal;

import com.smartpick.advising.smartpick.engine.SignalAllowance;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.util.List;

/**
 * A student's signals in one specialty and season, with what the season allows.
 *
 * @param canChange whether the viewer may place and remove them (the student, or an advisor of hers)
 */
public record SignalBoard(long studentId, Specialty specialty, int matchYear, SignalAllowance allowance,
        List<PlacedSignal> placed, boolean canChange) {

    public SignalBoard {
        placed = List.copyOf(placed);
    }

    public int placed(SignalTier tier) {
        return (int) placed.stream().filter(s -> s.tier() == tier).count();
    }

    public int left(SignalTier tier) {
        return allowance.allowed(tier) - placed(tier);
    }
}
