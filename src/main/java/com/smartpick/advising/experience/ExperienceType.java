package com.smartpick.advising.experience;

public enum ExperienceType {
    OBSERVERSHIP("Observership"),
    EXTERNSHIP("Externship"),
    CLINICAL_ROTATION("Clinical rotation"),
    RESEARCH("Research"),
    VOLUNTEER("Volunteer"),
    CLINICAL_WORK("Clinical work"),
    EDUCATION_TRAINING("Education / training");

    private final String label;

    ExperienceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Clinical experience in the sense of USCE: patient care seen or done, not research or volunteering. */
    public boolean clinical() {
        return this == OBSERVERSHIP || this == EXTERNSHIP || this == CLINICAL_ROTATION || this == CLINICAL_WORK;
    }
}
