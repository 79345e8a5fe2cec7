package com.smartpick.advising.smartpick.engine;

/** Where a specialty's applications go: each service has its own fees, transcript fee and signals. */
public enum ApplicationService {
    ERAS("ERAS"),
    RESIDENCY_CAS("ResidencyCAS");

    private final String displayName;

    ApplicationService(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The prefix of this service's keys in the season file. */
    String key() {
        return this == ERAS ? "eras" : "residencyCas";
    }
}
