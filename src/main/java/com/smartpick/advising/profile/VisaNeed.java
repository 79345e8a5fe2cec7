package com.smartpick.advising.profile;

public enum VisaNeed {
    NONE("No visa needed"), J1("J-1"), H1B("H-1B");

    private final String label;

    VisaNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
