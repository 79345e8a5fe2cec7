package com.smartpick.advising.profile;

/** Where an applicant would rather live and train (DESIGN.md: urban, suburban or rural). */
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
