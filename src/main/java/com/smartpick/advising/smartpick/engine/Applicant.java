package com.smartpick.advising.smartpick.engine;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What SmartPick knows of an applicant: scores, visa, experience and preferences, for one season.
 *
 * @param step2CkScore null until the applicant has a score
 * @param preferredDivisions the ERAS geographic preferences, at most {@link CensusDivision#MAX_PREFERRED}
 * @param regionTies divisions where the applicant trained or lived
 * @param seasonYear the year the applications go out (ERAS opens in June)
 */
public record Applicant(
        int graduationYear,
        boolean ecfmgCertified,
        boolean step1Passed,
        int step1Attempts,
        @Nullable Integer step2CkScore,
        int step2CkAttempts,
        boolean step3Passed,
        VisaNeed visaNeed,
        List<Specialty> preferredSpecialties,
        Set<CensusDivision> preferredDivisions,
        SettingPreference settingPreference,
        int researchItems,
        int handsOnUsceMonths,
        int observershipMonths,
        int usLetters,
        Set<CensusDivision> regionTies,
        int seasonYear) {

    /** The USMLE reports Step 2 CK on a three-digit scale that tops out at 300. */
    public static final int MIN_STEP2_SCORE = 1;
    public static final int MAX_STEP2_SCORE = 300;

    public Applicant {
        if (step2CkScore != null && (step2CkScore < MIN_STEP2_SCORE || step2CkScore > MAX_STEP2_SCORE)) {
            throw new IllegalArgumentException("Step 2 CK score must be between 1 and 300");
        }
        requireNonNegative(step1Attempts, "Step 1 attempts");
        requireNonNegative(step2CkAttempts, "Step 2 CK attempts");
        requireNonNegative(researchItems, "research items");
        requireNonNegative(handsOnUsceMonths, "hands-on USCE months");
        requireNonNegative(observershipMonths, "observership months");
        requireNonNegative(usLetters, "US letters");
        if (preferredDivisions.size() > CensusDivision.MAX_PREFERRED) {
            throw new IllegalArgumentException("ERAS allows at most three preferred divisions");
        }
        preferredSpecialties = List.copyOf(preferredSpecialties);
        preferredDivisions = Set.copyOf(preferredDivisions);
        regionTies = Set.copyOf(regionTies);
    }

    private static void requireNonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " cannot be negative");
        }
    }

    /** An applicant who applies before graduating counts as zero years out. */
    public int yearsSinceGraduation() {
        return Math.max(0, seasonYear - graduationYear);
    }

    /** Programs that limit attempts count the worst Step, so the most attempts on any Step. */
    public int mostAttempts() {
        return Math.max(step1Attempts, step2CkAttempts);
    }
}
