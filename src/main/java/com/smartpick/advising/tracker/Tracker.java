package com.smartpick.advising.tracker;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A student's tracker for one Match season: each program of her published list (for an earlier season, each program
 * tracked then) and what happened there.
 *
 * @param list what the programs were tracked against, or null while no list is published and nothing was tracked
 * @param editable whether the viewer may record here now: the season under way, and the student or her staff
 */
public record Tracker(long studentId, String studentName, int matchYear, @Nullable ListSnapshot list,
        List<TrackedProgram> programs, boolean editable) {

    public Tracker {
        programs = List.copyOf(programs);
    }

    /**
     * SmartPick's figures for the list tracked: copied to every tracked row when it is first recorded, so they stay
     * what was predicted whatever lists come later.
     */
    public record ListSnapshot(long listId, String label, double matchChance, double expectedInterviews) {
    }

    public long applied() {
        return programs.stream().filter(TrackedProgram::applied).count();
    }

    public long invited() {
        return programs.stream().filter(TrackedProgram::invited).count();
    }

    /** The interviews SmartPick expects from the programs applied to: the sum of their chances. */
    public double expectedFromApplied() {
        return programs.stream().filter(TrackedProgram::applied).mapToDouble(TrackedProgram::predictedInterview).sum();
    }

    public Optional<TrackedProgram> program(String programId) {
        return programs.stream().filter(p -> p.programId().equals(programId)).findFirst();
    }

    /** The season's outcome in words, from the rows: matched, a SOAP offer, unmatched, or not known yet. */
    public String seasonOutcome() {
        return SeasonOutcome.of(programs).label();
    }
}
