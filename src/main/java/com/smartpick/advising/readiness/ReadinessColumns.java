package com.smartpick.advising.readiness;

import com.smartpick.advising.base.PerStudent;
import com.smartpick.advising.cohort.CurrentCohorts;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.experience.ExperienceTotals;
import com.smartpick.advising.letter.LetterFigures;
import com.smartpick.advising.profile.ProfileColumns;
import com.smartpick.advising.season.SeasonFigures;
import com.smartpick.advising.security.People;
import com.smartpick.advising.smartpick.rankedlist.ListFigures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's per-student figures as correlated scalar subqueries, and the flags as conditions, as of one moment
 * (waiting times and durations depend on "today"). Each figure is a fragment its owning feature publishes
 * ({@link LetterFigures}, {@link ListFigures}, {@link Relationships}, {@link SeasonFigures}), or a column of a view it
 * joins (people, profiles, {@link ExperienceTotals}, {@link CurrentCohorts}); this class only names and combines them.
 * The late season tasks come either way: per row for a page's rows ({@link #forRows}), or from the season's view of
 * every student's count, joined once, where every visible student is read: the summary, a count, the ids of a page
 * sorted or filtered by them ({@link #forLists}).
 */
final class ReadinessColumns {

    static final People STUDENT = People.as("student");
    static final ProfileColumns PROFILE = ProfileColumns.as("profile");
    static final ExperienceTotals EXPERIENCE = ExperienceTotals.as("experience");
    static final CurrentCohorts CURRENT_COHORT = CurrentCohorts.as("current_cohort");

    final LocalDate today;
    final OffsetDateTime now;
    final Field<String> firstSpecialty;
    final Field<Integer> handsOnDays;
    final Field<Integer> verified;
    final Field<Integer> submitted;
    final Field<OffsetDateTime> oldestSubmitted;
    final Field<OffsetDateTime> lastActivity;
    final Field<String> cohorts;
    final Field<String> mentors;
    final Field<Integer> approvedLetters;
    final Field<Integer> openLetters;
    final Field<String> newestListStatus;
    final Field<Integer> lateTasks;
    /** The season's view of late tasks when they come from it ({@link #forLists}), else null. */
    final @Nullable PerStudent<Integer> lateTaskView;
    private final Field<Integer> lateTaskCount;
    final Map<String, Field<?>> sortable;

    /** The late tasks per row: the page's rows, joined to {@link #CURRENT_COHORT}. */
    static ReadinessColumns forRows(OffsetDateTime now) {
        return new ReadinessColumns(now, false);
    }

    /** The late tasks from the season's view, joined ({@link #lateTaskView}) where they are read. */
    static ReadinessColumns forLists(OffsetDateTime now) {
        return new ReadinessColumns(now, true);
    }

    private ReadinessColumns(OffsetDateTime now, boolean lateTasksJoined) {
        this.now = now;
        this.today = now.toLocalDate();
        Field<Long> id = STUDENT.id();
        firstSpecialty = PROFILE.firstSpecialty().as("first_specialty");
        handsOnDays = EXPERIENCE.handsOnUsceDays(today).as("hands_on_days");
        verified = EXPERIENCE.verifiedCount().as("verified");
        submitted = EXPERIENCE.submittedCount().as("submitted");
        oldestSubmitted = EXPERIENCE.oldestSubmittedAt().as("oldest_submitted");
        lastActivity = DSL.greatest(EXPERIENCE.lastUpdatedAt(), PROFILE.updatedAt(), STUDENT.lastLoginAt())
                .as("last_activity");
        cohorts = Relationships.cohortNamesOf(id).as("cohorts");
        mentors = Relationships.mentorNamesOf(id).as("mentors");
        approvedLetters = LetterFigures.approvedCount(id).as("approved_letters");
        openLetters = LetterFigures.openCount(id).as("open_letters");
        newestListStatus = ListFigures.newestStatus(id).as("newest_list_status");
        lateTaskView = lateTasksJoined ? SeasonFigures.lateTasks("late", today) : null;
        lateTaskCount = lateTaskView != null ? DSL.coalesce(lateTaskView.value(), DSL.inline(0))
                : SeasonFigures.lateTaskCount(id, CURRENT_COHORT.cohortId(), CURRENT_COHORT.matchSeason(), today);
        lateTasks = lateTaskCount.as("late_tasks");
        Field<Integer> flagCount = Arrays.stream(Flag.values())
                .map(f -> DSL.when(flagged(f, this), DSL.inline(1)).otherwise(DSL.inline(0)))
                .reduce(DSL.inline(0), (sum, one) -> sum.plus(one));
        sortable = Map.ofEntries(
                Map.entry("name", STUDENT.displayName()),
                Map.entry("cohorts", cohorts),
                Map.entry("mentors", mentors),
                Map.entry("specialty", firstSpecialty),
                Map.entry("graduationYear", PROFILE.graduationYear()),
                Map.entry("step2ck", PROFILE.step2ckScore()),
                Map.entry("usce", handsOnDays),
                Map.entry("verified", verified),
                Map.entry("submitted", submitted),
                Map.entry("lastActivity", lastActivity),
                Map.entry("letters", approvedLetters),
                Map.entry("list", newestListStatus),
                Map.entry("lateTasks", lateTasks),
                Map.entry("flags", flagCount));
    }

    List<SelectField<?>> select() {
        return List.of(STUDENT.id(), STUDENT.displayName(), STUDENT.email(), PROFILE.graduationYear(),
                PROFILE.step2ckScore(), firstSpecialty, cohorts, mentors, handsOnDays, verified, submitted,
                oldestSubmitted, lastActivity, approvedLetters, openLetters, newestListStatus, lateTasks);
    }

    /** The SQL twin of {@link FlagRules}: both must say the same of every student (a test holds them to it). */
    static Condition flagged(Flag flag, ReadinessColumns c) {
        Field<Long> id = STUDENT.id();
        return switch (flag) {
            case NO_HANDS_ON_USCE -> DSL.not(EXPERIENCE.hasHandsOnUsce(c.today));
            case STEP2CK_MISSING -> PROFILE.step2ckScore().isNull();
            case WAITING_FOR_REVIEW -> EXPERIENCE.waitingForReviewSince(c.now.minusDays(Flag.REVIEW_DAYS));
            case NO_MENTOR -> DSL.not(Relationships.hasCurrentMentor(id));
            case GRADUATED_LONG_AGO -> PROFILE.graduationYear().lt(c.today.getYear() - Flag.GRADUATION_YEARS);
            case LATE_TASKS -> c.lateTaskCount.gt(0);
        };
    }
}
