package com.smartpick.advising.smartpick.engine;

import org.jspecify.annotations.Nullable;

/**
 * The logistic model of the chance of an interview. Each method is one term on the log-odds
 * scale, with its weight from the weights file; the fast scoring loop and the explanations both
 * call these, so what is shown is what was computed.
 */
final class InterviewModel {

    private final double baselineLogit;
    private final double[] specialtyLogit = new double[Specialty.values().length];
    private final int[] typicalStep2 = new int[Specialty.values().length];
    private final double step2PerTen;
    private final double missingStep2;
    private final double imgPerTen;
    private final double imgReference;
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

    InterviewModel(Weights weights) {
        baselineLogit = logit(weights.get(WeightKey.BASELINE_INTERVIEW_RATE));
        double overall = logit(weights.get(WeightKey.OVERALL_NON_US_IMG_MATCH_RATE));
        double specialtyWeight = weights.get(WeightKey.SPECIALTY_WEIGHT);
        for (Specialty specialty : Specialty.values()) {
            SpecialtyFigures figures = weights.specialty(specialty);
            specialtyLogit[specialty.ordinal()] = specialtyWeight * (logit(figures.nonUsImgMatchRate()) - overall);
            typicalStep2[specialty.ordinal()] = figures.typicalStep2();
        }
        step2PerTen = weights.get(WeightKey.STEP2_PER_TEN_POINTS);
        if (step2PerTen < 0 || specialtyWeight < 0) {
            throw new IllegalArgumentException("a higher score or an easier specialty must never lower a chance");
        }
        missingStep2 = weights.get(WeightKey.MISSING_STEP2_LOGIT);
        imgPerTen = weights.get(WeightKey.IMG_SHARE_PER_TEN_POINTS);
        imgReference = weights.get(WeightKey.IMG_SHARE_REFERENCE);
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
    }

    static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    double baselineLogit() {
        return baselineLogit;
    }

    double specialtyLogit(Specialty specialty) {
        return specialtyLogit[specialty.ordinal()];
    }

    /** The program's own median when known, else the specialty's typical matched score. */
    double typicalStep2(Program program) {
        Integer median = program.medianStep2Ck();
        return median != null ? median : typicalStep2[program.specialty().ordinal()];
    }

    double step2Logit(ApplicantTerms terms, double typical) {
        return terms.hasStep2 ? step2PerTen * (terms.step2 - typical) / 10 : missingStep2;
    }

    double imgShareLogit(int percentImg) {
        return imgPerTen * (percentImg - imgReference) / 10;
    }

    double usceLogit(int months) {
        return uscePerMonth * Math.min(months, usceCap);
    }

    double observershipLogit(int months) {
        return observershipPerMonth * Math.min(months, observershipCap);
    }

    double lettersLogit(int letters) {
        return letterLogit * Math.min(letters, lettersCap);
    }

    double researchLogit(int items) {
        return researchPerItem * Math.min(items, researchCap);
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

    /** The terms that depend on the program alone. */
    double programLogit(Program program) {
        return specialtyLogit(program.specialty()) + imgShareLogit(program.percentImgResidents());
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
