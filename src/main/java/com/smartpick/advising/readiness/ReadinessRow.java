package com.smartpick.advising.readiness;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One student on the dashboard. {@code handsOnUsceDays}: days of hands-on US clinical experience in current
 * verified records, overlapping periods counted once. {@code oldestSubmittedAt}: the longest-waiting record.
 * {@code openLetters}: requested, being written, submitted or returned (not approved, not declined).
 * {@code newestListStatus}: the status of the student's newest SmartPick list version, if any. {@code lateTasks}: her
 * season tasks past their date and not done.
 */
public record ReadinessRow(long studentId, String name, @Nullable String email, String cohorts, String mentors,
        @Nullable String specialty, @Nullable Integer graduationYear, @Nullable Integer step2ckScore,
        int handsOnUsceDays, int verifiedRecords, int submittedRecords, @Nullable OffsetDateTime oldestSubmittedAt,
        @Nullable OffsetDateTime lastActivity, int approvedLetters, int openLetters, @Nullable String newestListStatus,
        int lateTasks, List<FlagReason> flags) {

    /** The average month of the Gregorian calendar, so that 365.25 days make 12 months. */
    static final double DAYS_PER_MONTH = 30.4375;

    public ReadinessRow {
        flags = List.copyOf(flags);
    }

    /** This row with its flags decided as of {@code now}. */
    ReadinessRow withFlags(OffsetDateTime now) {
        return new ReadinessRow(studentId, name, email, cohorts, mentors, specialty, graduationYear, step2ckScore,
                handsOnUsceDays, verifiedRecords, submittedRecords, oldestSubmittedAt, lastActivity, approvedLetters, openLetters,
                newestListStatus, lateTasks, FlagRules.reasons(this, now));
    }

    public double handsOnUsceMonths() {
        return Math.round(handsOnUsceDays / DAYS_PER_MONTH * 10) / 10.0;
    }
}
