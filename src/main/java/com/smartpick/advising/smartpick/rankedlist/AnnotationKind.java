package com.smartpick.advising.smartpick.rankedlist;

/** What a staff member says about an entry. */
public enum AnnotationKind {
    NOTE("Note"), CONCERN("Concern"), STRONG_FIT("Strong fit");

    private final String label;

    AnnotationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
