package com.smartpick.advising.tracker;

/** What became of a program after Match Day (NRMP's Main Match) or in SOAP, the week of Match Day. */
public enum Outcome {
    /** The Match placed the student here: one program a season. */
    MATCHED("Matched here"),
    /** Applied (and perhaps ranked) here and not matched here. */
    NOT_MATCHED("Not matched here"),
    /** An offer in SOAP, the Supplemental Offer and Acceptance Program for positions left after the Match. */
    SOAP_OFFER("SOAP offer");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
