package com.smartpick.advising.cohort;

/** A cohort as its advisors see it, with how many students are enrolled. */
public record Cohort(long id, String name, String matchSeason, boolean archived, int studentCount, int version) {
}
