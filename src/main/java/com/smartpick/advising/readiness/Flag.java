package com.smartpick.advising.readiness;

import com.smartpick.advising.experience.ExperienceService;

/** Why a student needs attention. Each is decided twice, alike: in SQL to filter and count, in Java to show. */
public enum Flag {
    NO_HANDS_ON_USCE("no hands-on USCE"),
    STEP2CK_MISSING("Step 2 CK missing"),
    WAITING_FOR_REVIEW("records waiting for review > 7 days"),
    NO_MENTOR("no mentor"),
    GRADUATED_LONG_AGO("graduated more than 5 years ago"),
    LATE_TASKS("season tasks late");

    /** Days a submitted record may wait before its student is flagged: the review promise of experience. */
    public static final int REVIEW_DAYS = ExperienceService.REVIEW_WITHIN_DAYS;
    /** Years since graduation after which many programs stop considering an applicant. */
    public static final int GRADUATION_YEARS = 5;

    private final String label;

    Flag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
