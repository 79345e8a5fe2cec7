package com.smartpick.advising.feedback;

/** Who may read a piece of feedback: the student and staff, or staff only (never the student, by any route). */
public enum FeedbackVisibility {
    STUDENT("Visible to the student"), STAFF_ONLY("Staff only");

    private final String label;

    FeedbackVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
