package com.smartpick.advising.smartpick.engine;

/** Every scalar in the weights file; the per-specialty figures are keyed by {@link SpecialtyFigures}. */
public enum WeightKey {
    BASELINE_INTERVIEW_RATE("model.baselineInterviewRate"),
    OVERALL_NON_US_IMG_MATCH_RATE("model.overallNonUsImgMatchRate"),
    SPECIALTY_WEIGHT("model.specialtyWeight"),
    STEP2_PER_TEN_POINTS("model.step2PerTenPoints"),
    MISSING_STEP2_LOGIT("model.missingStep2Logit"),
    IMG_SHARE_PER_TEN_POINTS("model.imgSharePerTenPoints"),
    IMG_SHARE_REFERENCE("model.imgShareReference"),
    USCE_LOGIT_PER_MONTH("model.usceLogitPerMonth"),
    USCE_MONTHS_CAP("model.usceMonthsCap"),
    OBSERVERSHIP_LOGIT_PER_MONTH("model.observershipLogitPerMonth"),
    OBSERVERSHIP_MONTHS_CAP("model.observershipMonthsCap"),
    US_LETTER_LOGIT("model.usLetterLogit"),
    US_LETTERS_CAP("model.usLettersCap"),
    RESEARCH_LOGIT_PER_ITEM("model.researchLogitPerItem"),
    RESEARCH_ITEMS_CAP("model.researchItemsCap"),
    YOG_FREE_YEARS("model.yogFreeYears"),
    YOG_LOGIT_PER_YEAR("model.yogLogitPerYear"),
    EXTRA_ATTEMPT_LOGIT("model.extraAttemptLogit"),
    NOT_CERTIFIED_LOGIT("model.notCertifiedLogit"),
    STEP3_PASSED_LOGIT("model.step3PassedLogit"),
    REGION_TIE_LOGIT("model.regionTieLogit"),
    PREFERRED_DIVISION_LOGIT("model.preferredDivisionLogit"),
    SETTING_MATCH_LOGIT("model.settingMatchLogit"),
    SIGNAL_PRIMARY_LOGIT("signal.primaryLogit"),
    SIGNAL_SECONDARY_LOGIT("signal.secondaryLogit"),
    TIER_LIKELY_AT("tier.likelyAt"),
    TIER_TARGET_AT("tier.targetAt"),
    DEFAULT_INTERVIEWS_NEEDED("portfolio.defaultInterviewsNeeded"),
    FEES_FIRST_TIER_PROGRAMS("fees.firstTierPrograms"),
    FEES_FIRST_TIER_FEE("fees.firstTierFee"),
    FEES_LATER_FEE("fees.laterFee");

    private final String key;

    WeightKey(String key) {
        this.key = key;
    }

    /** The key as written in the weights file. */
    public String key() {
        return key;
    }
}
