package com.smartpick.advising.smartpick.engine;

/**
 * The weights file's figures for one specialty.
 *
 * @param nonUsImgMatchRate share of non-US IMGs preferring the specialty who matched in it
 * @param typicalStep2 the Step 2 CK used when a program's median is unknown
 */
public record SpecialtyFigures(double nonUsImgMatchRate, int typicalStep2, SignalAllowance signals) {

    static final String MATCH_RATE = "nonUsImgMatchRate";
    static final String TYPICAL_STEP2 = "typicalStep2";
    static final String SIGNALS_PRIMARY = "signalsPrimary";
    static final String SIGNALS_SECONDARY = "signalsSecondary";

    public SpecialtyFigures {
        if (nonUsImgMatchRate <= 0 || nonUsImgMatchRate >= 1) {
            throw new IllegalArgumentException("a match rate lies strictly between 0 and 1");
        }
    }

    /** The weights file key of one figure, e.g. {@code specialty.PSYCHIATRY.typicalStep2}. */
    public static String key(Specialty specialty, String figure) {
        return "specialty." + specialty.name() + "." + figure;
    }
}
