package com.smartpick.advising.smartpick.engine;

/** Every scalar in the weights file; the per-specialty figures are keyed by {@link SpecialtyFigures}. */
public enum WeightKey {
    RANDOM_EFFECT_SD("match.randomEffectSd"),
    CALIBRATION_APPLICATIONS("match.calibrationApplications"),
    RANGE_QUANTILE("match.rangeQuantile"),
    MISSING_STEP2_LOGIT("model.missingStep2Logit"),
    IMG_SHARE_PER_TEN_POINTS("model.imgSharePerTenPoints"),
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
    REFERENCE_USCE_MONTHS("reference.handsOnUsceMonths"),
    REFERENCE_OBSERVERSHIP_MONTHS("reference.observershipMonths"),
    REFERENCE_US_LETTERS("reference.usLetters"),
    REFERENCE_RESEARCH_ITEMS("reference.researchItems"),
    SIGNAL_PRIMARY_LOGIT("signal.primaryLogit"),
    SIGNAL_SECONDARY_LOGIT("signal.secondaryLogit"),
    TIER_LIKELY_AT("tier.likelyAt"),
    TIER_TARGET_AT("tier.targetAt"),
    MINIMUM_GAIN("portfolio.minimumGainPerApplication");

    private final String key;

    WeightKey(String key) {
        this.key = key;
    }

    /** The key as written in the weights file. */
    public String key() {
        return key;
    }
}
