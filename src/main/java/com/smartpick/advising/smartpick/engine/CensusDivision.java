package com.smartpick.advising.smartpick.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The nine US census divisions, the regions ERAS lets an applicant prefer (at most three). */
public enum CensusDivision {
    NEW_ENGLAND("New England", Set.of("CT", "ME", "MA", "NH", "RI", "VT")),
    MIDDLE_ATLANTIC("Middle Atlantic", Set.of("NJ", "NY", "PA")),
    EAST_NORTH_CENTRAL("East North Central", Set.of("IL", "IN", "MI", "OH", "WI")),
    WEST_NORTH_CENTRAL("West North Central", Set.of("IA", "KS", "MN", "MO", "NE", "ND", "SD")),
    SOUTH_ATLANTIC("South Atlantic", Set.of("DE", "DC", "FL", "GA", "MD", "NC", "SC", "VA", "WV")),
    EAST_SOUTH_CENTRAL("East South Central", Set.of("AL", "KY", "MS", "TN")),
    WEST_SOUTH_CENTRAL("West South Central", Set.of("AR", "LA", "OK", "TX")),
    MOUNTAIN("Mountain", Set.of("AZ", "CO", "ID", "MT", "NV", "NM", "UT", "WY")),
    PACIFIC("Pacific", Set.of("AK", "CA", "HI", "OR", "WA"));

    /** ERAS accepts at most this many preferred divisions. */
    public static final int MAX_PREFERRED = 3;

    private final String displayName;
    private final Set<String> states;

    CensusDivision(String displayName, Set<String> states) {
        this.displayName = displayName;
        this.states = states;
    }

    public String displayName() {
        return displayName;
    }

    public Set<String> states() {
        return states;
    }

    /** The division of a two-letter US state code (DC included), if it is one. */
    public static Optional<CensusDivision> ofState(String stateCode) {
        return Arrays.stream(values()).filter(d -> d.states.contains(stateCode.toUpperCase())).findFirst();
    }
}
