package com.smartpick.advising.smartpick.signal;

import com.smartpick.advising.smartpick.engine.SignalTier;

/** One signal a student placed: the program as named when it was placed. */
public record PlacedSignal(long id, String programId, String programName, SignalTier tier) {
}
