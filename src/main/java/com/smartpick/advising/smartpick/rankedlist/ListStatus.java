package com.smartpick.advising.smartpick.rankedlist;

/**
 * Where a list version stands. Draft and in review take overrides; approved and published are frozen (a change means
 * a new run, hence a new version). Publishing a version supersedes the one published before it.
 */
public enum ListStatus {
    DRAFT("Draft"), IN_REVIEW("In review"), APPROVED("Approved"), PUBLISHED("Published"), SUPERSEDED("Superseded");

    private final String label;

    ListStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
