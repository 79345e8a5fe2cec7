package com.smartpick.advising.smartpick.engine;

/** The chance of enough interviews when applying to the best {@code applications} programs. */
public record CurvePoint(int applications, int cost, double chance) {
}
