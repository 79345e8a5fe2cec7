package com.smartpick.advising.smartpick.engine;

/**
 * Why a program is out of reach whatever the rest of the application says. The order is the
 * order of the checks: a program is counted under the first reason that applies.
 */
public enum IneligibilityReason {
    VISA_SPONSORSHIP("does not sponsor the visa you need"),
    GRADUATION_YEAR_LIMIT("you graduated longer ago than the program accepts"),
    MINIMUM_STEP2_SCORE("your Step 2 CK score is below the program's published minimum, or you have none yet"),
    TOO_MANY_ATTEMPTS("you took a USMLE Step more times than the program accepts"),
    USCE_REQUIRED("the program requires hands-on US clinical experience and you have none");

    private final String message;

    IneligibilityReason(String message) {
        this.message = message;
    }

    /** Plain words for the applicant and the advisor. */
    public String message() {
        return message;
    }
}
