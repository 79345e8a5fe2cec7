package com.smartpick.advising.smartpick.engine;

/**
 * What more applications would add. {@code extraApplications} can be fewer than asked when the
 * specialty has no more eligible programs.
 */
public record MarginalValue(int extraApplications, int extraCost, double chanceGain) {
}
