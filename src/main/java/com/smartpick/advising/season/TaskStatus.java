package com.smartpick.advising.season;

/** Where a task stands on a given day. */
public enum TaskStatus {
    DONE("Done"), LATE("Late"), DUE_SOON("Due soon"), OPEN("Open"), NO_DATE("No date");

    private final String label;

    TaskStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
