package com.smartpick.advising.smartpick.engine;

/** The chance of matching when applying to the best {@code applications} programs, and what that costs in fees. */
public record CurvePoint(int applications, int cost, double chance) {
}
