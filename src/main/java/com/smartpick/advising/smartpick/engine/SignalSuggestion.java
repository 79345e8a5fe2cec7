package com.smartpick.advising.smartpick.engine;

/** Where to spend one signal, and what it does to that program's chance. */
public record SignalSuggestion(int rank, Program program, SignalTier tier, String signalName,
        double probabilityWithout, double probabilityWith) {
}
