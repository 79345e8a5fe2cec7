package com.smartpick.advising.profile;

/** Where an applicant would rather live and train: urban, suburban or rural, or no preference. */
public enum AreaPreference {
    ANY("No preference"), URBAN("Urban"), SUBURBAN("Suburban"), RURAL("Rural");

    private final String label;

    AreaPreference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
