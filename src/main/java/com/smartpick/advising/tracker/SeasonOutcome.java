package com.smartpick.advising.tracker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A student's season as the rows tell it: matched at a program, else an offer in SOAP, else unmatched once a program
 * is recorded as not matched and so is every program ranked, else not known yet.
 */
public record SeasonOutcome(Kind kind, @Nullable String program) {

    public enum Kind { MATCHED, SOAP_OFFER, UNMATCHED, NOT_KNOWN }

    public static SeasonOutcome of(List<TrackedProgram> programs) {
        String matched = null;
        String soap = null;
        int ranked = 0;
        int notMatchedRanked = 0;
        int notMatched = 0;
        for (TrackedProgram p : programs) {
            if (p.outcome() == Outcome.MATCHED && matched == null) {
                matched = p.programName();
            }
            if (p.outcome() == Outcome.SOAP_OFFER && soap == null) {
                soap = p.programName();
            }
            ranked += p.rankPosition() != null ? 1 : 0;
            notMatchedRanked += p.rankPosition() != null && p.outcome() == Outcome.NOT_MATCHED ? 1 : 0;
            notMatched += p.outcome() == Outcome.NOT_MATCHED ? 1 : 0;
        }
        return from(matched, soap, ranked, notMatchedRanked, notMatched);
    }

    /**
     * The same from a season's figures, as a query over many students counts them.
     *
     * @param ranked how many programs are ranked
     * @param notMatchedRanked how many of those are recorded as not matched
     * @param notMatched how many programs, ranked or not, are recorded as not matched
     */
    public static SeasonOutcome from(@Nullable String matched, @Nullable String soap, int ranked, int notMatchedRanked,
            int notMatched) {
        if (matched != null) {
            return new SeasonOutcome(Kind.MATCHED, matched);
        }
        if (soap != null) {
            return new SeasonOutcome(Kind.SOAP_OFFER, soap);
        }
        return notMatched > 0 && notMatchedRanked == ranked ? new SeasonOutcome(Kind.UNMATCHED, null)
                : new SeasonOutcome(Kind.NOT_KNOWN, null);
    }

    public String label() {
        return switch (kind) {
            case MATCHED -> "Matched at " + program;
            case SOAP_OFFER -> "SOAP offer from " + program;
            case UNMATCHED -> "Unmatched";
            case NOT_KNOWN -> "Not known yet";
        };
    }

    /** Whether the Match is decided for the student: matched, or unmatched with or without a SOAP offer. */
    public boolean known() {
        return kind != Kind.NOT_KNOWN;
    }
}
