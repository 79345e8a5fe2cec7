package com.smartpick.advising.season;

/** A date of the season that the whole office works to, in the order it comes. */
public enum Milestone {
    ERAS_OPENS("ERAS season opens", "ERAS"),
    APPLICATIONS_SUBMIT("Applicants may submit to programs", "ERAS"),
    SIGNALS_DEADLINE("Signals final (with the submitted application)", "ERAS"),
    NRMP_REGISTRATION("NRMP registration opens", "NRMP"),
    PROGRAMS_REVIEW("Programs begin reviewing", "ERAS"),
    INTERVIEW_SEASON("Interview season", "programs"),
    EARLY_REGISTRATION_DEADLINE("NRMP early registration deadline", "NRMP"),
    RANKING_OPENS("Ranking opens", "NRMP"),
    ROL_DEADLINE("Rank order list certification deadline", "NRMP"),
    MATCH_WEEK("Match Week and SOAP", "NRMP"),
    MATCH_DAY("Match Day", "NRMP");

    private final String label;
    private final String service;

    Milestone(String label, String service) {
        this.label = label;
        this.service = service;
    }

    public String label() {
        return label;
    }

    /** Who sets the date: the AAMC's ERAS, the NRMP, or the programs themselves. */
    public String service() {
        return service;
    }
}
