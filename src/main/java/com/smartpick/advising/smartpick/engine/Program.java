package com.smartpick.advising.smartpick.engine;

import org.jspecify.annotations.Nullable;

/**
 * A residency program as the catalog describes it. Nullable requirements mean the program
 * publishes none.
 *
 * @param percentImgResidents share of current residents who are IMGs, 0 to 100
 * @param minimumStep2Ck the published Step 2 CK cut-off, if any
 * @param yogLimitYears the most years since graduation the program accepts, if it says
 * @param usceRequired whether the program requires hands-on US clinical experience
 * @param maxAttemptsAccepted the most USMLE attempts on any Step the program accepts, if it says
 * @param medianStep2Ck the median Step 2 CK of the residents it matched, if known
 */
public record Program(
        String id,
        String name,
        Specialty specialty,
        String institution,
        String city,
        String state,
        CensusDivision division,
        ProgramType type,
        int positions,
        int percentImgResidents,
        boolean sponsorsJ1,
        boolean sponsorsH1b,
        @Nullable Integer minimumStep2Ck,
        @Nullable Integer yogLimitYears,
        boolean usceRequired,
        @Nullable Integer maxAttemptsAccepted,
        @Nullable Integer medianStep2Ck) {

    public Program {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a program needs an id");
        }
        if (percentImgResidents < 0 || percentImgResidents > 100) {
            throw new IllegalArgumentException("percent of IMG residents must be 0 to 100: " + id);
        }
        if (positions < 1) {
            throw new IllegalArgumentException("a program has at least one position: " + id);
        }
    }

    public boolean sponsors(VisaNeed visa) {
        return switch (visa) {
            case NONE -> true;
            case J1 -> sponsorsJ1;
            case H1B -> sponsorsH1b;
            case EITHER -> sponsorsJ1 || sponsorsH1b;
        };
    }
}
