package com.smartpick.advising.tracker;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which states of a student's tracker make sense, checked on the whole season as a save would leave it, so a bulk save
 * is accepted or refused whole. Each broken rule is a message for its field (the first program breaking it is named);
 * the table's constraints hold the same rules for any other writer.
 */
final class TrackerRules {

    static final int MAX_RANK = 500;

    private TrackerRules() {
    }

    /**
     * @param after every program of the season as the save would leave it, by program id
     * @param names the programs' names, for the messages
     * @return the broken rules by field, empty when the save may go ahead
     */
    static Map<String, String> check(Map<String, TrackerChange> after, Map<String, String> names, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Integer, String> ranks = new LinkedHashMap<>();
        String matched = null;
        String soap = null;
        for (TrackerChange row : after.values()) {
            String name = names.getOrDefault(row.programId(), row.programId());
            notAfter(errors, "applied", row.appliedOn(), today, name);
            notAfter(errors, "invited", row.invitedOn(), today, name);
            notAfter(errors, "declined", row.declinedOn(), today, name);
            notAfter(errors, "attended", row.attendedOn(), today, name);
            if (row.invitedOn() != null) {
                if (row.appliedOn() == null) {
                    errors.putIfAbsent("invited", name + ": record the application before an invitation.");
                } else if (row.invitedOn().isBefore(row.appliedOn())) {
                    errors.putIfAbsent("invited", name + ": the invitation cannot come before the application.");
                }
            }
            if (row.declinedOn() != null && row.attendedOn() != null) {
                errors.putIfAbsent("declined", name + ": an interview is declined or attended, not both.");
            }
            after(errors, "declined", row.declinedOn(), row.invitedOn(), name, "declined");
            after(errors, "attended", row.attendedOn(), row.invitedOn(), name, "attended");
            Integer rank = row.rankPosition();
            if (rank != null) {
                if (rank < 1 || rank > MAX_RANK) {
                    errors.putIfAbsent("rank", name + ": a place on the rank order list is from 1 to " + MAX_RANK + ".");
                } else if (row.attendedOn() == null) {
                    errors.putIfAbsent("rank", name + ": only a program interviewed at can be ranked.");
                } else {
                    String other = ranks.putIfAbsent(rank, name);
                    if (other != null) {
                        errors.putIfAbsent("rank", name + " and " + other + " are both ranked " + rank
                                + ": each place on the rank order list holds one program.");
                    }
                }
            }
            if (row.outcome() == Outcome.MATCHED && rank == null) {
                errors.putIfAbsent("outcome", name + ": only a ranked program can be matched.");
            }
            // not matched also where she applied and never interviewed: how a student without interviews is unmatched
            if (row.outcome() == Outcome.NOT_MATCHED && row.appliedOn() == null) {
                errors.putIfAbsent("outcome", name + ": only a program applied to can be not matched.");
            }
            if (row.outcome() == Outcome.MATCHED) {
                if (matched != null) {
                    errors.putIfAbsent("outcome", name + " and " + matched + " are both marked matched: the Match "
                            + "places a student at one program.");
                }
                matched = name;
            }
            if (row.outcome() == Outcome.SOAP_OFFER) {
                soap = name;
            }
        }
        if (matched != null && soap != null) {
            errors.putIfAbsent("outcome", soap + " is marked a SOAP offer, but " + matched + " is marked matched: SOAP is "
                    + "only for applicants the Match left unmatched.");
        }
        return errors;
    }

    private static void notAfter(Map<String, String> errors, String field, @Nullable LocalDate day, LocalDate today,
            String name) {
        if (day != null && day.isAfter(today)) {
            errors.putIfAbsent(field, name + ": the date cannot be in the future.");
        }
    }

    private static void after(Map<String, String> errors, String field, @Nullable LocalDate day,
            @Nullable LocalDate invited, String name, String what) {
        if (day == null) {
            return;
        }
        if (invited == null) {
            errors.putIfAbsent(field, name + ": an interview is " + what + " only after an invitation.");
        } else if (day.isBefore(invited)) {
            errors.putIfAbsent(field, name + ": the interview cannot be " + what + " before the invitation.");
        }
    }

    /** Whether a change leaves a program as it was: such rows are not written, and move no version. */
    static boolean same(TrackerChange change, @Nullable TrackerChange before) {
        return change.equals(before);
    }

    static Map<String, TrackerChange> byProgram(List<TrackerChange> rows) {
        Map<String, TrackerChange> map = new LinkedHashMap<>();
        rows.forEach(r -> map.put(r.programId(), r));
        return map;
    }
}
