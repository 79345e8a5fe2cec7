package com.smartpick.advising.tracker;

import java.util.List;

/**
 * A cohort's season after Match Day, set against what SmartPick predicted on each student's published list.
 *
 * @param interviews each program applied to: its predicted chance of an interview against whether an invitation came
 * @param matching each student whose outcome is known: the list's chance of matching against whether she matched
 * @param students each student tracked, with interviews expected against received
 */
public record Outcomes(long cohortId, String cohortName, int matchYear, Reliability interviews, Reliability matching,
        List<StudentOutcome> students) {

    public Outcomes {
        students = List.copyOf(students);
    }

    /**
     * @param expectedFromApplied the interviews SmartPick expected from the programs applied to
     * @param listMatchChance the chance of matching the published list gave
     */
    public record StudentOutcome(long studentId, String name, int applied, double expectedFromApplied, int invited,
            double listMatchChance, SeasonOutcome outcome) {
    }

    public double expectedInterviews() {
        return students.stream().mapToDouble(StudentOutcome::expectedFromApplied).sum();
    }

    public int receivedInterviews() {
        return students.stream().mapToInt(StudentOutcome::invited).sum();
    }
}
