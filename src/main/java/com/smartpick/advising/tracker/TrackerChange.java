package com.smartpick.advising.tracker;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The new state of one program's row, as the grid or a bulk action made it: the whole row, so a save never merges
 * half of what one person saw with half of what another did.
 *
 * @param version the version the change was made on (0 for a program not tracked yet)
 */
public record TrackerChange(String programId, int version, @Nullable LocalDate appliedOn, @Nullable LocalDate invitedOn,
        @Nullable LocalDate declinedOn, @Nullable LocalDate attendedOn, @Nullable Integer rankPosition,
        @Nullable Outcome outcome) {

    public TrackerChange withApplied(@Nullable LocalDate day) {
        return new TrackerChange(programId, version, day, invitedOn, declinedOn, attendedOn, rankPosition, outcome);
    }

    public TrackerChange withInvited(@Nullable LocalDate day) {
        return new TrackerChange(programId, version, appliedOn, day, declinedOn, attendedOn, rankPosition, outcome);
    }

    public TrackerChange withDeclined(@Nullable LocalDate day) {
        return new TrackerChange(programId, version, appliedOn, invitedOn, day, attendedOn, rankPosition, outcome);
    }

    public TrackerChange withAttended(@Nullable LocalDate day) {
        return new TrackerChange(programId, version, appliedOn, invitedOn, declinedOn, day, rankPosition, outcome);
    }

    public TrackerChange withRank(@Nullable Integer position) {
        return new TrackerChange(programId, version, appliedOn, invitedOn, declinedOn, attendedOn, position, outcome);
    }

    public TrackerChange withOutcome(@Nullable Outcome newOutcome) {
        return new TrackerChange(programId, version, appliedOn, invitedOn, declinedOn, attendedOn, rankPosition, newOutcome);
    }
}
