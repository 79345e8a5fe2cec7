package com.smartpick.advising.readiness;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which flags a dashboard row carries and why, in words; the SQL twin is in the repository's filter. */
final class FlagRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FlagRules() {
    }

    static List<FlagReason> reasons(ReadinessRow row, OffsetDateTime now) {
        List<FlagReason> reasons = new ArrayList<>();
        if (row.handsOnUsceDays() == 0) {
            reasons.add(new FlagReason(Flag.NO_HANDS_ON_USCE, "No verified hands-on US clinical experience yet."));
        }
        if (row.step2ckScore() == null) {
            reasons.add(new FlagReason(Flag.STEP2CK_MISSING, "No Step 2 CK score in the profile."));
        }
        OffsetDateTime oldest = row.oldestSubmittedAt();
        if (oldest != null && oldest.isBefore(now.minusDays(Flag.REVIEW_DAYS))) {
            reasons.add(new FlagReason(Flag.WAITING_FOR_REVIEW, "A record has waited for review "
                    + ChronoUnit.DAYS.between(oldest, now) + " days (since " + DAY.format(oldest) + ")."));
        }
        if (row.mentors().isEmpty()) {
            reasons.add(new FlagReason(Flag.NO_MENTOR, "No mentor assigned."));
        }
        Integer yog = row.graduationYear();
        if (yog != null && yog < now.getYear() - Flag.GRADUATION_YEARS) {
            reasons.add(new FlagReason(Flag.GRADUATED_LONG_AGO, "Graduated in " + yog + ", "
                    + (now.getYear() - yog) + " years ago."));
        }
        if (row.lateTasks() > 0) {
            reasons.add(new FlagReason(Flag.LATE_TASKS, row.lateTasks() == 1 ? "A season task is past its date."
                    : row.lateTasks() + " season tasks are past their dates."));
        }
        return reasons;
    }
}
