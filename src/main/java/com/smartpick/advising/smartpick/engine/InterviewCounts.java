package com.smartpick.advising.smartpick.engine;

import java.util.Arrays;

/**
 * How many interviews a list brings: the chance of exactly 0, 1, ... {@value #OR_MORE} - 1 interviews, and of
 * {@value #OR_MORE} or more, for applicants with this profile. The chance of matching is the mean over it of
 * 1 - (1 - m)^r.
 */
public record InterviewCounts(double[] chance) {

    /** NRMP's matched non-US IMGs rank a median of 3 to 7 programs by specialty: beyond six, counts matter little. */
    public static final int OR_MORE = 6;

    public InterviewCounts {
        if (chance.length != OR_MORE + 1) {
            throw new IllegalArgumentException("one chance for each count up to " + OR_MORE + " or more");
        }
        chance = chance.clone();
    }

    public double exactly(int interviews) {
        return chance[interviews];
    }

    public double atLeast(int interviews) {
        return Arrays.stream(chance, interviews, chance.length).sum();
    }

    /** For example "none 12% · 1–2: 31% · 3–5: 35% · 6 or more: 22%". */
    public String describe() {
        return "none " + Format.percent(chance[0]) + " · 1–2: " + Format.percent(chance[1] + chance[2]) + " · 3–5: "
                + Format.percent(chance[3] + chance[4] + chance[5]) + " · " + OR_MORE + " or more: "
                + Format.percent(chance[OR_MORE]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InterviewCounts counts && Arrays.equals(chance, counts.chance);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chance);
    }

    @Override
    public String toString() {
        return "InterviewCounts" + Arrays.toString(chance);
    }
}
