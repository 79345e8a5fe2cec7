package com.smartpick.advising.smartpick.engine;

/** The terms of the interview model, each one line of an explanation. */
public enum Factor {
    BASELINE("baseline for a non-US IMG"),
    SPECIALTY("specialty's non-US IMG match rate"),
    STEP2_CK("Step 2 CK against the program's typical score"),
    IMG_SHARE("program's share of IMG residents"),
    HANDS_ON_USCE("hands-on US clinical experience"),
    OBSERVERSHIP("observerships"),
    US_LETTERS("letters from US physicians"),
    RESEARCH("research"),
    YEARS_SINCE_GRADUATION("years since graduation"),
    ATTEMPTS("extra USMLE attempts"),
    CERTIFICATION("ECFMG certification"),
    STEP3("Step 3"),
    REGION("region ties and preferences"),
    SETTING("setting preference"),
    SIGNAL("preference signal");

    private final String label;

    Factor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
