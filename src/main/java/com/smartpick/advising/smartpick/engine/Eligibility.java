package com.smartpick.advising.smartpick.engine;

import org.jspecify.annotations.Nullable;

/** The hard filters: a program failing any of them never reaches the list. */
public final class Eligibility {

    private Eligibility() {
    }

    /** The first reason the applicant cannot apply to the program, or null when they can. */
    public static @Nullable IneligibilityReason firstFailure(Applicant applicant, Program program) {
        if (!program.sponsors(applicant.visaNeed())) {
            return IneligibilityReason.VISA_SPONSORSHIP;
        }
        Integer yogLimit = program.yogLimitYears();
        if (yogLimit != null && applicant.yearsSinceGraduation() > yogLimit) {
            return IneligibilityReason.GRADUATION_YEAR_LIMIT;
        }
        Integer minimum = program.minimumStep2Ck();
        Integer score = applicant.step2CkScore();
        if (minimum != null && (score == null || score < minimum)) {
            return IneligibilityReason.MINIMUM_STEP2_SCORE;
        }
        Integer maxAttempts = program.maxAttemptsAccepted();
        if (maxAttempts != null && applicant.mostAttempts() > maxAttempts) {
            return IneligibilityReason.TOO_MANY_ATTEMPTS;
        }
        // observerships do not count: programs that ask for USCE mean hands-on work with patients
        if (program.usceRequired() && applicant.handsOnUsceMonths() == 0) {
            return IneligibilityReason.USCE_REQUIRED;
        }
        return null;
    }
}
