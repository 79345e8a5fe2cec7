package com.smartpick.advising.readiness;

/** One option of a dashboard filter (a cohort, a mentor). */
public record Choice(long id, String name) {
}
