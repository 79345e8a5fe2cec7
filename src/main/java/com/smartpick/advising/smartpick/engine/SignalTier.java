package com.smartpick.advising.smartpick.engine;

/**
 * The kind of ERAS preference signal. Specialties with two kinds call them gold (primary) and
 * silver (secondary); specialties with one kind have only primary signals.
 */
public enum SignalTier {
    PRIMARY,
    SECONDARY
}
