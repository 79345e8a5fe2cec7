package com.smartpick.advising.tracker;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One program of the student's list and what happened there this season.
 *
 * @param version the row's optimistic-lock version; 0 while nothing is recorded for the program yet
 * @param listPosition where the program stands on the published list
 * @param predictedInterview SmartPick's chance of an interview there, as the published list gave it
 */
public record TrackedProgram(String programId, String programName, int listPosition, double predictedInterview,
        @Nullable LocalDate appliedOn, @Nullable LocalDate invitedOn, @Nullable LocalDate declinedOn,
        @Nullable LocalDate attendedOn, @Nullable Integer rankPosition, @Nullable Outcome outcome, int version) {

    public boolean tracked() {
        return version > 0;
    }

    public boolean applied() {
        return appliedOn != null;
    }

    /** Invited to interview, whether the student then attended, declined or has yet to go. */
    public boolean invited() {
        return invitedOn != null;
    }

    /** The interview's state in words: invited, declined or attended, or none. */
    public String interview() {
        if (attendedOn != null) {
            return "Attended";
        }
        if (declinedOn != null) {
            return "Declined";
        }
        return invitedOn != null ? "Invited" : "—";
    }

    /** This program as a change that leaves everything as it is, to build an edit on. */
    public TrackerChange unchanged() {
        return new TrackerChange(programId, version, appliedOn, invitedOn, declinedOn, attendedOn, rankPosition, outcome);
    }
}
