package com.smartpick.advising.experience;

/** Where a record stands in its review: draft → submitted → verified | changes requested. */
public enum ExperienceStatus {
    DRAFT("Draft"), SUBMITTED("Submitted"), VERIFIED("Verified"), CHANGES_REQUESTED("Changes requested");

    private final String label;

    ExperienceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A student edits a row in place only before review or after it came back; a verified row gets a revision. */
    public boolean editableInPlace() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }
}
