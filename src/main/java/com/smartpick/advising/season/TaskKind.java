package com.smartpick.advising.season;

import com.smartpick.advising.smartpick.engine.Format;

/**
 * A task every student of the season has, due on a milestone of her cohort. Done as the owners' data says
 * ({@link TaskFields}), except where the portal cannot know: a statement has no "final" state here, and the rank
 * order list is certified in NRMP's R3, so for those two the student confirms it herself ({@code confirmed}).
 */
public enum TaskKind {
    EXPERIENCES_VERIFIED(1, "Experiences verified", Milestone.APPLICATIONS_SUBMIT, false),
    STATEMENT_FINAL(2, "Personal statement final", Milestone.APPLICATIONS_SUBMIT, true),
    LETTERS_APPROVED(3, "Letters approved", Milestone.APPLICATIONS_SUBMIT, false),
    SIGNALS_PLACED(4, "Signals placed", Milestone.SIGNALS_DEADLINE, false),
    LIST_PUBLISHED(5, "SmartPick list published", Milestone.APPLICATIONS_SUBMIT, false),
    RANK_LIST_CERTIFIED(6, "Rank order list certified in NRMP R3", Milestone.ROL_DEADLINE, true);

    private final int number;
    private final String label;
    private final Milestone milestone;
    private final boolean confirmed;

    TaskKind(int number, String label, Milestone milestone, boolean confirmed) {
        this.number = number;
        this.label = label;
        this.milestone = milestone;
        this.confirmed = confirmed;
    }

    /** The task's number, stable across releases: the id an announcement in the inbox names it by. */
    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public Milestone milestone() {
        return milestone;
    }

    /** Whether the student confirms it herself, the portal having no data that says so. */
    public boolean confirmed() {
        return confirmed;
    }

    /** What makes it done, in words, for the page and the feed. */
    public String doneWhen(SeasonCalendar calendar) {
        int n = calendar.minimum(this);
        return switch (this) {
            case EXPERIENCES_VERIFIED -> "at least " + Format.count(n, "experience record") + " verified";
            case STATEMENT_FINAL -> "you confirm your personal statement is final (the portal keeps drafts only)";
            case LETTERS_APPROVED -> "at least " + Format.count(n, "letter") + " approved by your advisor";
            case SIGNALS_PLACED -> "at least " + Format.count(n, "signal") + " recorded for this season";
            case LIST_PUBLISHED -> "your advisor published your SmartPick list";
            case RANK_LIST_CERTIFIED -> "you confirm you certified your rank order list in NRMP's R3";
        };
    }
}
