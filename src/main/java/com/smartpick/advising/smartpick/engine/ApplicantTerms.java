package com.smartpick.advising.smartpick.engine;

/**
 * The model's terms that depend on the applicant alone, each measured from the reference applicant and worked out
 * once per run so that scoring a program is a handful of additions. Each term is kept apart for the explanations.
 */
final class ApplicantTerms {

    final double usce;
    final double observership;
    final double letters;
    final double research;
    final double yearsOut;
    final double attempts;
    final double certification;
    final double step3;
    /** Every term above. */
    final double sum;
    final boolean hasStep2;
    final double step2;
    /** Region term by {@link CensusDivision} ordinal, setting term by {@link ProgramType} ordinal. */
    final double[] regionByDivision;
    final double[] settingByType;

    ApplicantTerms(InterviewModel model, Applicant applicant) {
        usce = model.usceLogit(applicant.handsOnUsceMonths());
        observership = model.observershipLogit(applicant.observershipMonths());
        letters = model.lettersLogit(applicant.usLetters());
        research = model.researchLogit(applicant.researchItems());
        yearsOut = model.yearsOutLogit(applicant.yearsSinceGraduation());
        attempts = model.attemptsLogit(applicant.mostAttempts());
        certification = model.certificationLogit(applicant);
        step3 = model.step3Logit(applicant.step3Passed());
        sum = usce + observership + letters + research + yearsOut + attempts + certification + step3;
        Integer score = applicant.step2CkScore();
        hasStep2 = score != null;
        step2 = score == null ? 0 : score;
        CensusDivision[] divisions = CensusDivision.values();
        regionByDivision = new double[divisions.length];
        for (CensusDivision division : divisions) {
            regionByDivision[division.ordinal()] = model.regionLogit(applicant, division);
        }
        ProgramType[] types = ProgramType.values();
        settingByType = new double[types.length];
        for (ProgramType type : types) {
            settingByType[type.ordinal()] = model.settingLogit(applicant.settingPreference(), type);
        }
    }
}
