package com.smartpick.advising.smartpick.engine;

/** One applicant of a cohort batch with the options of their run. */
public record ApplicantRun(Applicant applicant, RunOptions options) {
}
