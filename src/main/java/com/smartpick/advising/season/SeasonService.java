package com.smartpick.advising.season;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The season's timeline and tasks. A cohort's advisors (and admins) adjust its dates; whoever may see a student reads
 * her tasks; the student confirms the two tasks the portal cannot see, and keeps her calendar subscription.
 */
@Service
@Transactional
public class SeasonService {

    static final String COHORT_SUBJECT = "cohort";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SeasonRepository season;
    private final CohortService cohorts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SeasonCalendar calendar = SeasonCalendar.current();

    SeasonService(SeasonRepository season, CohortService cohorts, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.season = season;
        this.cohorts = cohorts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A cohort's milestones, for those who run it; another advisor's cohort is "not found". */
    @Transactional(readOnly = true)
    public Timeline timeline(long cohortId) {
        Viewer viewer = currentUser.require(Permission.MANAGE_COHORTS);
        Cohort cohort = cohorts.cohort(cohortId);
        boolean covered = calendar.covers(cohort.matchSeason());
        return new Timeline(cohort.id(), cohort.name(), cohort.matchSeason(), calendar.name(), covered,
                covered ? milestones(cohortId) : List.of(), viewer.may(Permission.ADJUST_SEASON_DATES) && !cohort.archived());
    }

    /**
     * Sets the cohort's own date of a milestone, from the version read ({@link CohortMilestone#version()}, 0 while at
     * the default). The default stays beside it, for comparison.
     */
    public Timeline adjust(long cohortId, Milestone milestone, int version, @Nullable LocalDate starts,
            @Nullable LocalDate ends) {
        Viewer viewer = currentUser.require(Permission.ADJUST_SEASON_DATES);
        Cohort cohort = cohorts.cohort(cohortId);
        if (cohort.archived()) {
            throw new InvalidInputException("starts", "The cohort is archived: restore it to change its dates.");
        }
        if (!calendar.covers(cohort.matchSeason())) {
            throw new InvalidInputException("starts", "The cohort's season, " + cohort.matchSeason()
                    + ", has no calendar here: only the " + calendar.name() + " has one.");
        }
        DefaultDate byDefault = calendar.of(milestone);
        checkDates(byDefault, starts, ends);
        boolean written = version == 0
                ? season.insertAdjusted(cohortId, byDefault, starts, ends, viewer.personId())
                : season.updateAdjusted(cohortId, milestone, version, starts, ends, viewer.personId());
        if (!written) {
            throw new StaleDataException("The date of " + milestone.label());
        }
        audit.did("season.adjust", COHORT_SUBJECT, cohortId, null, milestone.name() + " " + starts
                + (ends == null ? "" : " to " + ends) + " (default " + byDefault.starts() + ")");
        return timeline(cohortId);
    }

    /** A student's season and tasks, for whoever may see her; anyone else gets "not found". */
    @Transactional(readOnly = true)
    public StudentSeason studentSeason(long studentId) {
        Viewer viewer = currentUser.require();
        return season.tasksOf(viewer, studentId, calendar).map(t -> studentSeason(t, viewer.personId() == studentId))
                .orElseThrow(() -> new NotFoundException("Student"));
    }

    /** The signed-in student's own season. */
    @Transactional(readOnly = true)
    public StudentSeason mySeason() {
        Viewer viewer = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        return studentSeason(viewer.personId());
    }

    /** The student says a task the portal cannot see is done (or, {@code done} false, that it is not after all). */
    public StudentSeason confirm(TaskKind task, boolean done) {
        Viewer viewer = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        if (!task.confirmed()) {
            throw new InvalidInputException("task", task.label() + " is done when " + task.doneWhen(calendar)
                    + ": the portal sees it, there is nothing to confirm.");
        }
        if (done) {
            season.confirm(viewer.personId(), calendar.matchYear(), task);
        } else {
            season.unconfirm(viewer.personId(), calendar.matchYear(), task);
        }
        audit.did(done ? "season.confirm" : "season.unconfirm", "task", task.number(), viewer.personId(), task.name());
        return studentSeason(viewer.personId());
    }

    /**
     * A new secret token for the student's calendar feed, replacing any earlier one (whose link stops working). Only
     * its hash is kept, so this is the one time it can be shown.
     */
    public String newFeedToken() {
        Viewer viewer = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        season.replaceFeed(viewer.personId(), hash(token));
        audit.did("season.feed_token", "calendar_feed", viewer.personId(), viewer.personId(), null);
        return token;
    }

    /** Ends the student's subscription: her link answers "not found" from now on. */
    public void revokeFeed() {
        Viewer viewer = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        if (season.revokeFeed(viewer.personId())) {
            audit.did("season.feed_revoke", "calendar_feed", viewer.personId(), viewer.personId(), null);
        }
    }

    @Transactional(readOnly = true)
    public boolean hasFeed() {
        return season.hasFeed(currentUser.require(Permission.KEEP_OWN_APPLICATION).personId());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Dates within the season (ERAS opens the June before the Match, SOAP ends in March), the end after the start. */
    private void checkDates(DefaultDate byDefault, @Nullable LocalDate starts, @Nullable LocalDate ends) {
        LocalDate first = LocalDate.of(calendar.matchYear() - 1, 1, 1);
        LocalDate last = LocalDate.of(calendar.matchYear(), 12, 31);
        if (starts == null) {
            throw new InvalidInputException("starts", "Give a date.");
        }
        if (starts.isBefore(first) || starts.isAfter(last)) {
            throw new InvalidInputException("starts", "The " + calendar.name() + " runs from " + first.getYear()
                    + " to " + last.getYear() + ": give a date in those years.");
        }
        if (byDefault.ends() == null && ends != null) {
            throw new InvalidInputException("ends", byDefault.milestone().label() + " is one day: it has no end.");
        }
        if (byDefault.ends() != null && ends == null) {
            throw new InvalidInputException("ends", "Give the last day of " + byDefault.milestone().label() + ".");
        }
        if (ends != null && (ends.isBefore(starts) || ends.isAfter(last))) {
            throw new InvalidInputException("ends", "The last day must be on or after the first, within "
                    + last.getYear() + ".");
        }
    }

    private List<CohortMilestone> milestones(long cohortId) {
        return Seasons.milestones(calendar, season.adjusted(cohortId));
    }

    private StudentSeason studentSeason(SeasonRepository.StudentTasks t, boolean ownPage) {
        return Seasons.studentSeason(calendar, t, t.cohortId() == null ? Map.of() : season.adjusted(t.cohortId()),
                ownPage, LocalDate.now(clock));
    }
}
