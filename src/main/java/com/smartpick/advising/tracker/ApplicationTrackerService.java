package com.smartpick.advising.tracker;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.jooq.tables.records.TrackedProgramRecord;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application tracker. A student records, per program of her published SmartPick list, her application, the
 * interview and the outcome; her advisors and mentors record them for her, and admins for anyone. Advisors follow
 * their cohorts' progress against the interviews SmartPick expects, and after Match Day its outcomes against the
 * predictions. A student the viewer may not see answers "not found", whatever her id.
 */
@Service
@Transactional
public class ApplicationTrackerService {

    static final String SUBJECT = "tracker";

    private final TrackerRepository tracker;
    private final RankedListService lists;
    private final CohortService cohorts;
    private final StudentAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApplicationTrackerService(TrackerRepository tracker, RankedListService lists, CohortService cohorts,
            StudentAccess access, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.tracker = tracker;
        this.lists = lists;
        this.cohorts = cohorts;
        this.access = access;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The seasons the student's tracker has: the one under way, and every one tracked. */
    @Transactional(readOnly = true)
    public TrackerSeasons seasons(long studentId) {
        Viewer viewer = seeing(studentId);
        List<Integer> tracked = tracker.seasons(viewer, studentId);
        TreeSet<Integer> seasons = new TreeSet<>(tracked);
        int underWay = Season.matchYearOn(today());
        seasons.add(underWay);
        return new TrackerSeasons(List.copyOf(seasons.descendingSet()), underWay,
                tracked.isEmpty() ? null : tracked.get(0));
    }

    /**
     * The student's tracker for a season. For the season under way: every program of her published list, tracked or
     * not yet; for an earlier one: the programs tracked then, read-only. Staff reading it is recorded in the audit
     * trail, as for her other records.
     */
    public Tracker tracker(long studentId, int matchYear) {
        Viewer viewer = seeing(studentId);
        Tracker tracker = read(viewer, studentId, matchYear);
        audit.read(SUBJECT, studentId, studentId);
        return tracker;
    }

    /**
     * Records changes to any number of the student's programs in the season under way, in one transaction: the whole
     * season is checked as the save would leave it, and one broken rule or one row changed by someone else meanwhile
     * refuses every change. A program is tracked first from the published list, whose figures it keeps.
     */
    public Tracker save(long studentId, List<TrackerChange> changes) {
        Viewer viewer = seeing(studentId);
        if (!mayRecord(viewer, studentId)) {
            throw new AccessDeniedException("Only the student and the staff who see her record her applications.");
        }
        int season = Season.matchYearOn(today());
        Tracker before = read(viewer, studentId, season);
        Tracker.ListSnapshot list = before.list();
        if (list == null || !before.editable()) {
            throw new InvalidInputException("program", "No SmartPick list is published for this season: there is "
                    + "nothing to record yet.");
        }
        Map<String, TrackerChange> after = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (TrackedProgram p : before.programs()) {
            after.put(p.programId(), p.unchanged());
            names.put(p.programId(), p.programName());
        }
        List<TrackerChange> changed = new ArrayList<>();
        for (TrackerChange change : changes) {
            TrackerChange was = after.get(change.programId());
            if (was == null) {
                throw new InvalidInputException("program", "That program is not on the published list.");
            }
            if (was.version() != change.version()) {
                throw new StaleDataException(names.get(change.programId()) + " in the tracker");
            }
            if (!TrackerRules.same(change, was)) {
                after.put(change.programId(), change);
                changed.add(change);
            }
        }
        Map<String, String> errors = TrackerRules.check(after, names, today());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (changed.isEmpty()) {
            return before;
        }
        Map<String, Long> ids = new HashMap<>();
        tracker.season(viewer, studentId, season).forEach(r -> ids.put(r.getProgramId(), r.getId()));
        List<TrackerRepository.NewRow> inserts = new ArrayList<>();
        List<TrackerChange> updates = new ArrayList<>();
        for (TrackerChange change : changed) {
            if (change.version() == 0) {
                TrackedProgram program = before.program(change.programId()).orElseThrow();
                inserts.add(new TrackerRepository.NewRow(change, program.programName(), program.listPosition(),
                        program.predictedInterview()));
            } else {
                updates.add(change);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!tracker.insert(studentId, season, list, inserts, viewer.personId(), now)
                || !tracker.update(studentId, ids, updates, viewer.personId(), now)) {
            throw new StaleDataException("The tracker");
        }
        audit.did("tracker.save", SUBJECT, studentId, studentId, describe(changed, names, season));
        return read(viewer, studentId, season);
    }

    /** Each student of a cohort the viewer runs, in a season, those who need help now first. */
    @Transactional(readOnly = true)
    public List<CohortProgress> cohortProgress(long cohortId, int matchYear) {
        Viewer viewer = currentUser.require(Permission.FOLLOW_COHORT_OUTCOMES);
        cohorts.cohort(cohortId);
        return tracker.cohortProgress(viewer, cohortId, matchYear, today()).stream()
                .sorted(CohortProgress.NEEDS_HELP_FIRST).toList();
    }

    /**
     * The students who need help now in the season under way, across the cohorts of that season the viewer runs (a
     * cohort's match season names its year), each counted once and as the cohort's page counts her.
     */
    @Transactional(readOnly = true)
    public int needingHelpNow() {
        Viewer viewer = currentUser.require(Permission.FOLLOW_COHORT_OUTCOMES);
        LocalDate today = today();
        int year = Season.matchYearOn(today);
        return (int) cohorts.myCohorts(false).stream()
                .filter(cohort -> Season.names(cohort.matchSeason(), year))
                .flatMap(cohort -> tracker.cohortProgress(viewer, cohort.id(), year, today).stream())
                .filter(CohortProgress::needsHelp).mapToLong(CohortProgress::studentId).distinct().count();
    }

    /** The seasons a cohort's students tracked programs in, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> outcomeSeasons(long cohortId) {
        Viewer viewer = currentUser.require(Permission.FOLLOW_COHORT_OUTCOMES);
        cohorts.cohort(cohortId);
        return tracker.cohortSeasons(viewer, cohortId);
    }

    /**
     * A cohort's season set against SmartPick's predictions: each program applied to (its chance of an interview
     * against whether an invitation came) and each student whose outcome is known (the list's chance of matching
     * against whether she matched).
     */
    @Transactional(readOnly = true)
    public Outcomes outcomes(long cohortId, int matchYear) {
        Viewer viewer = currentUser.require(Permission.FOLLOW_COHORT_OUTCOMES);
        String cohortName = cohorts.cohort(cohortId).name();
        Map<Long, List<TrackerRepository.CohortRow>> byStudent = new LinkedHashMap<>();
        for (TrackerRepository.CohortRow row : tracker.cohortSeason(viewer, cohortId, matchYear)) {
            byStudent.computeIfAbsent(row.studentId(), id -> new ArrayList<>()).add(row);
        }
        List<Reliability.Forecast> interviews = new ArrayList<>();
        List<Reliability.Forecast> matching = new ArrayList<>();
        List<Outcomes.StudentOutcome> students = new ArrayList<>();
        byStudent.forEach((studentId, rows) -> {
            List<TrackedProgram> programs = rows.stream().map(TrackerRepository.CohortRow::program).toList();
            programs.stream().filter(TrackedProgram::applied)
                    .forEach(p -> interviews.add(new Reliability.Forecast(p.predictedInterview(), p.invited())));
            SeasonOutcome outcome = SeasonOutcome.of(programs);
            double matchChance = rows.get(0).listMatchChance();
            if (outcome.known()) {
                matching.add(new Reliability.Forecast(matchChance, outcome.kind() == SeasonOutcome.Kind.MATCHED));
            }
            students.add(new Outcomes.StudentOutcome(studentId, rows.get(0).name(),
                    (int) programs.stream().filter(TrackedProgram::applied).count(),
                    programs.stream().filter(TrackedProgram::applied).mapToDouble(TrackedProgram::predictedInterview).sum(),
                    (int) programs.stream().filter(TrackedProgram::invited).count(), matchChance, outcome));
        });
        return new Outcomes(cohortId, cohortName, matchYear, Reliability.of(interviews), Reliability.of(matching),
                students);
    }

    private Tracker read(Viewer viewer, long studentId, int matchYear) {
        String name = tracker.studentName(viewer, studentId).orElseThrow(() -> new NotFoundException("Student"));
        List<TrackedProgramRecord> stored = tracker.season(viewer, studentId, matchYear);
        boolean underWay = matchYear == Season.matchYearOn(today());
        Optional<RankedList> published = underWay ? lists.publishedList(studentId) : Optional.empty();
        Map<String, TrackedProgram> programs = new LinkedHashMap<>();
        published.ifPresent(list -> {
            for (ListEntry entry : list.keptEntries()) {
                programs.put(entry.programId(), new TrackedProgram(entry.programId(), entry.programName(),
                        entry.position(), entry.probability(), null, null, null, null, null, null, 0));
            }
        });
        // a program tracked from an earlier published version keeps its row, after the list's own programs
        stored.forEach(r -> programs.put(r.getProgramId(), TrackerRepository.program(r)));
        Tracker.ListSnapshot snapshot = published.map(list -> new Tracker.ListSnapshot(list.id(),
                        list.specialty().displayName() + " · version " + list.listNo(),
                        list.matchChance().estimate(), list.expectedInterviews()))
                .orElse(stored.isEmpty() ? null : new Tracker.ListSnapshot(stored.get(0).getListId(),
                        "the list published in the " + matchYear + " Match season", stored.get(0).getListMatchChance(),
                        stored.get(0).getListExpectedInterviews()));
        return new Tracker(studentId, name, matchYear, snapshot, List.copyOf(programs.values()),
                underWay && published.isPresent() && mayRecord(viewer, studentId));
    }

    private Viewer seeing(long studentId) {
        Viewer viewer = currentUser.require();
        if (!viewer.may(Permission.KEEP_OWN_APPLICATION) && !viewer.may(Permission.TRACK_APPLICATIONS)) {
            throw new AccessDeniedException("Only students and the staff who see them read a tracker.");
        }
        if (!access.maySee(viewer, studentId)) {
            throw new NotFoundException("Student");
        }
        return viewer;
    }

    /** The student herself, or staff who see her: her advisors, her mentors, an admin. */
    private boolean mayRecord(Viewer viewer, long studentId) {
        if (viewer.may(Permission.KEEP_OWN_APPLICATION) && viewer.personId() == studentId) {
            return true;
        }
        return viewer.may(Permission.TRACK_APPLICATIONS)
                && access.maySee(viewer.actingFor(Permission.TRACK_APPLICATIONS), studentId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The audit line: how many programs changed, and each, briefly. */
    private static String describe(List<TrackerChange> changed, Map<String, String> names, int season) {
        StringBuilder detail = new StringBuilder(changed.size() + " program" + (changed.size() == 1 ? "" : "s")
                + " in the " + season + " Match season:");
        for (TrackerChange c : changed.subList(0, Math.min(changed.size(), 20))) {
            detail.append(' ').append(c.programId()).append(" [applied ").append(c.appliedOn())
                    .append(", invited ").append(c.invitedOn()).append(", declined ").append(c.declinedOn())
                    .append(", attended ").append(c.attendedOn()).append(", rank ").append(c.rankPosition())
                    .append(", ").append(c.outcome()).append(']');
        }
        if (changed.size() > 20) {
            detail.append(" and ").append(changed.size() - 20).append(" more");
        }
        return detail.toString();
    }
}
