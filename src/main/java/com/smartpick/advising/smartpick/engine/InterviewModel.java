package com.smartpick.advising.smartpick.engine;

import org.jspecify.annotations.Nullable;

/**
 * The logistic model of the chance of an interview, before the applicant's random effect (see {@link MatchModel}).
 * Each method is one term on the log-odds scale with its weight from the weights file, measured from the reference
 * applicant at a program of average openness in its specialty; the scoring loop and the explanations both call these,
 * so what is shown is what was computed.
 *
 * <p>The specialty's openness lives in its fitted intercept alone. A program's figures enter as differences from its
 * specialty's average (its IMG share, its Step 2 CK median), so a closed specialty is not counted closed twice more
 * through the programs it is made of.
 */
final class InterviewModel {

    private final SpecialtyFigures[] specialties = new SpecialtyFigures[Specialty.values().length];
    private final double missingStep2;
    private final double imgPerTen;
    private final double uscePerMonth;
    private final int usceCap;
    private final double observershipPerMonth;
    private final int observershipCap;
    private final double letterLogit;
    private final int lettersCap;
    private final double researchPerItem;
    private final int researchCap;
    private final int yogFreeYears;
    private final double yogPerYear;
    private final double extraAttempt;
    private final double notCertified;
    private final double step3Passed;
    private final double regionTie;
    private final double preferredDivision;
    private final double settingMatch;
    private final double signalPrimary;
    private final double signalSecondary;
    private final ReferenceApplicant reference;

    /** What the calibration population has where NRMP publishes nothing: the zero point of those terms. */
    record ReferenceApplicant(int handsOnUsceMonths, int observershipMonths, int usLetters, int researchItems) {
    }

    InterviewModel(Weights weights) {
        for (Specialty specialty : Specialty.values()) {
            specialties[specialty.ordinal()] = weights.specialty(specialty);
        }
        missingStep2 = weights.get(WeightKey.MISSING_STEP2_LOGIT);
        imgPerTen = weights.get(WeightKey.IMG_SHARE_PER_TEN_POINTS);
        uscePerMonth = weights.get(WeightKey.USCE_LOGIT_PER_MONTH);
        usceCap = weights.getInt(WeightKey.USCE_MONTHS_CAP);
        observershipPerMonth = weights.get(WeightKey.OBSERVERSHIP_LOGIT_PER_MONTH);
        observershipCap = weights.getInt(WeightKey.OBSERVERSHIP_MONTHS_CAP);
        letterLogit = weights.get(WeightKey.US_LETTER_LOGIT);
        lettersCap = weights.getInt(WeightKey.US_LETTERS_CAP);
        researchPerItem = weights.get(WeightKey.RESEARCH_LOGIT_PER_ITEM);
        researchCap = weights.getInt(WeightKey.RESEARCH_ITEMS_CAP);
        yogFreeYears = weights.getInt(WeightKey.YOG_FREE_YEARS);
        yogPerYear = weights.get(WeightKey.YOG_LOGIT_PER_YEAR);
        extraAttempt = weights.get(WeightKey.EXTRA_ATTEMPT_LOGIT);
        notCertified = weights.get(WeightKey.NOT_CERTIFIED_LOGIT);
        step3Passed = weights.get(WeightKey.STEP3_PASSED_LOGIT);
        regionTie = weights.get(WeightKey.REGION_TIE_LOGIT);
        preferredDivision = weights.get(WeightKey.PREFERRED_DIVISION_LOGIT);
        settingMatch = weights.get(WeightKey.SETTING_MATCH_LOGIT);
        signalPrimary = weights.get(WeightKey.SIGNAL_PRIMARY_LOGIT);
        signalSecondary = weights.get(WeightKey.SIGNAL_SECONDARY_LOGIT);
        if (uscePerMonth < 0 || observershipPerMonth < 0 || letterLogit < 0 || researchPerItem < 0 || signalPrimary < 0
                || signalSecondary < 0) {
            throw new IllegalArgumentException("more experience, letters, research or a signal must never lower a chance");
        }
        reference = new ReferenceApplicant(weights.getInt(WeightKey.REFERENCE_USCE_MONTHS),
                weights.getInt(WeightKey.REFERENCE_OBSERVERSHIP_MONTHS), weights.getInt(WeightKey.REFERENCE_US_LETTERS),
                weights.getInt(WeightKey.REFERENCE_RESEARCH_ITEMS));
    }

    SpecialtyFigures figures(Specialty specialty) {
        return specialties[specialty.ordinal()];
    }

    ReferenceApplicant reference() {
        return reference;
    }

    double intercept(Specialty specialty) {
        return figures(specialty).interviewIntercept();
    }

    /**
     * The score term: per 10 points above or below the program's typical score, which is the specialty's reference
     * (its matched applicants' median) moved by how far the program's own median lies from its specialty's average.
     */
    double step2Logit(Specialty specialty, ApplicantTerms terms, double typicalStep2) {
        return terms.hasStep2 ? figures(specialty).step2PerTenPoints() * (terms.step2 - typicalStep2) / 10 : missingStep2;
    }

    double imgShareLogit(double percentImgAboveAverage) {
        return imgPerTen * percentImgAboveAverage / 10;
    }

    double usceLogit(int months) {
        return uscePerMonth * (Math.min(months, usceCap) - Math.min(reference.handsOnUsceMonths(), usceCap));
    }

    double observershipLogit(int months) {
        return observershipPerMonth
                * (Math.min(months, observershipCap) - Math.min(reference.observershipMonths(), observershipCap));
    }

    double lettersLogit(int letters) {
        return letterLogit * (Math.min(letters, lettersCap) - Math.min(reference.usLetters(), lettersCap));
    }

    double researchLogit(int items) {
        return researchPerItem * (Math.min(items, researchCap) - Math.min(reference.researchItems(), researchCap));
    }

    double yearsOutLogit(int years) {
        return yogPerYear * Math.max(0, years - yogFreeYears);
    }

    double attemptsLogit(int mostAttempts) {
        return extraAttempt * Math.max(0, mostAttempts - 1);
    }

    /** Without Step 1 passed certification cannot come by the start date either. */
    double certificationLogit(Applicant applicant) {
        return applicant.ecfmgCertified() && applicant.step1Passed() ? 0 : notCertified;
    }

    double step3Logit(boolean passed) {
        return passed ? step3Passed : 0;
    }

    double regionLogit(Applicant applicant, CensusDivision division) {
        return (applicant.regionTies().contains(division) ? regionTie : 0)
                + (applicant.preferredDivisions().contains(division) ? preferredDivision : 0);
    }

    double settingLogit(SettingPreference preference, ProgramType type) {
        return preference.matches(type) ? settingMatch : 0;
    }

    double signalLogit(@Nullable SignalTier tier) {
        if (tier == null) {
            return 0;
        }
        return tier == SignalTier.PRIMARY ? signalPrimary : signalSecondary;
    }

    int usceCap() {
        return usceCap;
    }

    int observershipCap() {
        return observershipCap;
    }

    int lettersCap() {
        return lettersCap;
    }

    int researchCap() {
        return researchCap;
    }

    int yogFreeYears() {
        return yogFreeYears;
    }
}
