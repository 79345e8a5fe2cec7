package com.smartpick.advising.smartpick.engine;

import java.util.List;

/**
 * The figures fitted per specialty so that the model reproduces NRMP's published outcomes for non-US IMGs (see
 * {@link Calibration}).
 *
 * @param interviewIntercept log-odds of an interview at a program of average openness in the specialty, for the
 *     reference applicant scoring {@code referenceStep2}
 * @param step2PerTenPoints log-odds per 10 Step 2 CK points; never negative, so a higher score never lowers a chance
 * @param referenceStep2 the median Step 2 CK of the specialty's matched non-US IMGs (NRMP)
 * @param matchPerInterview the chance that one interview ends in the match, so that with r programs ranked the chance
 *     of matching is 1 - (1 - matchPerInterview)^r
 */
public record SpecialtyFigures(double interviewIntercept, double step2PerTenPoints, int referenceStep2,
        double matchPerInterview) {

    static final String INTERVIEW_INTERCEPT = "interviewIntercept";
    static final String STEP2_PER_TEN_POINTS = "step2PerTenPoints";
    static final String REFERENCE_STEP2 = "referenceStep2";
    static final String MATCH_PER_INTERVIEW = "matchPerInterview";
    static final List<String> FIGURES = List.of(INTERVIEW_INTERCEPT, STEP2_PER_TEN_POINTS, REFERENCE_STEP2,
            MATCH_PER_INTERVIEW);

    public SpecialtyFigures {
        if (step2PerTenPoints < 0) {
            throw new IllegalArgumentException("a higher Step 2 CK must never lower a chance");
        }
        if (matchPerInterview <= 0 || matchPerInterview >= 1) {
            throw new IllegalArgumentException("the chance an interview ends in the match lies strictly between 0 and 1");
        }
    }

    /** The weights file key of one figure, e.g. {@code specialty.PSYCHIATRY.matchPerInterview}. */
    public static String key(Specialty specialty, String figure) {
        return "specialty." + specialty.name() + "." + figure;
    }
}
