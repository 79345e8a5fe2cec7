package com.smartpick.advising.cohort;

/** A cohort as a filter offers it. */
public record CohortName(long id, String name) {
}
