package com.smartpick.advising.smartpick.engine;

/** The kind of institution that runs a program, as residency directories classify it. */
public enum ProgramType {
    UNIVERSITY("university"),
    UNIVERSITY_AFFILIATED("university-affiliated"),
    COMMUNITY("community");

    private final String displayName;

    ProgramType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
