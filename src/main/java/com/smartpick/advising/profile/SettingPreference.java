package com.smartpick.advising.profile;

public enum SettingPreference {
    ANY("No preference"), URBAN("Urban"), SUBURBAN("Suburban"), RURAL("Rural");

    private final String label;

    SettingPreference(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
