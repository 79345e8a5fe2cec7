package com.smartpick.advising.roster;

/**
 * What an import did: {@code created} new people, {@code enrolled} into the cohort (new or existing people), and
 * {@code alreadyEnrolled} who were there before. Importing the same file twice gives 0 created, 0 enrolled.
 */
public record ImportSummary(int rows, int created, int enrolled, int alreadyEnrolled) {
}
