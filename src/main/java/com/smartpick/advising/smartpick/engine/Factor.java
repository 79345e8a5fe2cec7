package com.smartpick.advising.smartpick.engine;

/** The terms of the interview model, each one line of an explanation. */
public enum Factor {
    STEP2_CK("Step 2 CK"),
    IMG_SHARE("Share of IMG residents"),
    HANDS_ON_USCE("Hands-on US clinical experience"),
    OBSERVERSHIP("Observerships"),
    US_LETTERS("Letters from US physicians"),
    RESEARCH("Research"),
    YEARS_SINCE_GRADUATION("Years since graduation"),
    ATTEMPTS("USMLE attempts"),
    CERTIFICATION("ECFMG certification"),
    STEP3("Step 3"),
    REGION("Region"),
    SETTING("Setting"),
    SIGNAL("Preference signal");

    private final String label;

    Factor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
