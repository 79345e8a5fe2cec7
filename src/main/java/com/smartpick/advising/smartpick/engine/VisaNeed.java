package com.smartpick.advising.smartpick.engine;

/**
 * The visa an applicant needs to train in the US; a program that cannot sponsor it is out. An applicant who can
 * train on either visa is out only where a program sponsors neither.
 */
public enum VisaNeed {
    NONE("No visa needed"),
    J1("J-1"),
    H1B("H-1B"),
    EITHER("J-1 or H-1B");

    private final String displayName;

    VisaNeed(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
