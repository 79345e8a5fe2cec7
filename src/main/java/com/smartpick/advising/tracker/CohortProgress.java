package com.smartpick.advising.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One student of a cohort in the season under way: applications and invitations so far against the interviews
 * SmartPick expects, and why she needs help now, if she does.
 *
 * @param listExpectedInterviews the interviews SmartPick expects from the whole published list (null: none published)
 * @param expectedFromApplied the interviews it expects from the programs she applied to: the sum of their chances
 * @param outcome the season's outcome so far
 * @param help why she needs help now, in plain words; empty when she does not
 */
public record CohortProgress(long studentId, String name, @Nullable Double listExpectedInterviews, int applied,
        int invited, int attended, double expectedFromApplied, @Nullable LocalDate firstApplied, SeasonOutcome outcome,
        List<String> help) {

    /**
     * Weeks after the first application before few invitations count as a warning. An estimate: an advising rule of
     * thumb, not a published figure; most programs invite within weeks of reading applications.
     */
    public static final int WEEKS_BEFORE_JUDGING = 8;
    /** Invitations below this share of those expected count as far below (an estimate, as above). */
    public static final double FAR_BELOW = 0.5;

    public CohortProgress {
        help = List.copyOf(help);
    }

    static CohortProgress of(long studentId, String name, @Nullable Double listExpected, int applied, int invited,
            int attended, double expectedFromApplied, @Nullable LocalDate firstApplied, SeasonOutcome outcome,
            LocalDate today) {
        List<String> help = new ArrayList<>();
        if (listExpected == null && applied == 0) {
            help.add("No SmartPick list published yet: nothing to apply from.");
        } else if (applied == 0) {
            help.add("List published, nothing applied yet.");
        } else if (firstApplied != null && ChronoUnit.WEEKS.between(firstApplied, today) >= WEEKS_BEFORE_JUDGING
                && invited < FAR_BELOW * expectedFromApplied && !outcome.known()) {
            help.add(String.format(Locale.ROOT, "%d invitation%s, about %.1f expected from %d applications, %d weeks after "
                    + "the first (estimate: under half after %d weeks).", invited, invited == 1 ? "" : "s",
                    expectedFromApplied, applied, ChronoUnit.WEEKS.between(firstApplied, today), WEEKS_BEFORE_JUDGING));
        }
        if (outcome.kind() == SeasonOutcome.Kind.UNMATCHED) {
            help.add("Unmatched and no SOAP offer recorded: SOAP is the week of Match Day.");
        }
        return new CohortProgress(studentId, name, listExpected, applied, invited, attended, expectedFromApplied,
                firstApplied, outcome, help);
    }

    public boolean needsHelp() {
        return !help.isEmpty();
    }

    /** Those who need help first; among them and the others, the furthest below what was expected first. */
    public static final Comparator<CohortProgress> NEEDS_HELP_FIRST = Comparator
            .comparing((CohortProgress p) -> !p.needsHelp())
            .thenComparingDouble(p -> p.invited() - p.expectedFromApplied())
            .thenComparing(CohortProgress::name);
}
