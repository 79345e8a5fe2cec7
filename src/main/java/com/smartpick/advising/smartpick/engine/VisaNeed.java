package com.smartpick.advising.smartpick.engine;

/** The visa an applicant needs to train in the US; a program that cannot sponsor it is out. */
public enum VisaNeed {
    NONE("No visa needed"),
    J1("J-1"),
    H1B("H-1B");

    private final String displayName;

    VisaNeed(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
