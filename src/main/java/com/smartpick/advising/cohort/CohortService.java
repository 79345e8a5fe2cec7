package com.smartpick.advising.cohort;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts, enrollments and mentor assignments. Only the advisors of a cohort (and admins) run it; for anyone
 * else a cohort id matches nothing and answers "not found".
 *
 * <p>Who may take a student: a student has at most one <em>current</em> enrollment (ACTIVE in a cohort that is not
 * archived). An advisor enrolls only students without one; a current student changes cohort only by a move, which
 * needs someone who runs both cohorts (their current advisor between their own cohorts, or an admin anywhere), or
 * after their advisor withdraws them. V14's unique index holds the rule when two people act at once; the loser gets
 * the same plain message as anyone refused. Matched and unmatched students are no one's current students, so
 * another advisor may enroll them for a later season, while their old cohort keeps following them up until it is
 * archived (see {@link StudentAccess}).
 */
@Service
@Transactional
public class CohortService {

    public static final int MAX_NAME = 120;
    public static final int MAX_SEASON = 80;
    private static final int DIRECTORY_LIMIT = 50;

    private final CohortRepository cohorts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CohortService(CohortRepository cohorts, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.cohorts = cohorts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Cohort> myCohorts(boolean includeArchived) {
        return cohorts.cohorts(currentUser.require(Permission.MANAGE_COHORTS), includeArchived);
    }

    @Transactional(readOnly = true)
    public Cohort cohort(long id) {
        return cohorts.find(id, currentUser.require(Permission.MANAGE_COHORTS)).orElseThrow(() -> new NotFoundException("Cohort"));
    }

    public Cohort create(String name, String matchSeason) {
        Viewer viewer = currentUser.require(Permission.MANAGE_COHORTS);
        String cleanName = UserText.line(name);
        String cleanSeason = UserText.line(matchSeason);
        validate(cleanName, cleanSeason, 0);
        try {
            return cohort(cohorts.insert(cleanName, cleanSeason, viewer.personId()));
        } catch (DuplicateKeyException raced) {
            throw nameTaken(cleanName);
        }
    }

    public Cohort rename(long id, int version, String name, String matchSeason) {
        Cohort current = cohort(id);
        String cleanName = UserText.line(name);
        String cleanSeason = UserText.line(matchSeason);
        validate(cleanName, cleanSeason, current.archived() ? -1 : id);
        return save(current, version, cleanName, cleanSeason, current.archived());
    }

    /** Ends every relationship of the cohort: its advisors and mentors no longer see its students through it. */
    public Cohort archive(long id, int version) {
        Cohort current = cohort(id);
        Cohort archived = save(current, version, current.name(), current.matchSeason(), true);
        audit.changed("cohort.archive", "cohort", id, null, "live", "archived");
        return archived;
    }

    /**
     * Brings a cohort back with the relationships it had, except for students enrolled elsewhere meanwhile: they
     * keep their new cohort and are withdrawn from this one, since a restore must not give anyone two current
     * enrollments, nor take a student back from the advisor who has them now.
     */
    public Restored restore(long id, int version) {
        Cohort current = cohort(id);
        if (cohorts.liveNameTaken(current.name(), id)) {
            throw nameTaken(current.name());
        }
        List<PersonSummary> enrolledElsewhere = cohorts.activeHereCurrentElsewhere(id);
        for (PersonSummary student : enrolledElsewhere) {
            endEnrollment(current, student.id(), EnrollmentStatus.ACTIVE, "cohort.withdraw_on_restore",
                    "the student was enrolled in another cohort while this one was archived");
        }
        Cohort restored;
        try {
            restored = save(current, version, current.name(), current.matchSeason(), false);
        } catch (DuplicateKeyException raced) {
            throw lostRace(raced, "cohort", "A student of \"" + current.name()
                    + "\" was enrolled in another cohort just now. Restore it again.");
        }
        audit.changed("cohort.restore", "cohort", id, null, "archived", "live");
        return new Restored(restored, enrolledElsewhere);
    }

    @Transactional(readOnly = true)
    public List<CohortMember> members(long cohortId) {
        return cohorts.members(cohort(cohortId).id());
    }

    /**
     * The students the signed-in person may enroll into the cohort, by name or e-mail: those with no current
     * enrollment, and not in this cohort already. Students current anywhere (another advisor's among them) are
     * never listed: the directory is no way to find them.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> studentsToEnroll(long cohortId, String text) {
        return cohorts.enrollable(cohort(cohortId).id(), UserText.line(text), DIRECTORY_LIMIT);
    }

    /** @return false when the student was already in the cohort (and not withdrawn): nothing changes */
    public boolean enroll(long cohortId, long studentId) {
        Cohort cohort = liveCohort(cohortId);
        PersonSummary student = student(studentId);
        Optional<EnrollmentStatus> before = cohorts.status(cohort.id(), studentId);
        if (before.isPresent() && before.get() != EnrollmentStatus.WITHDRAWN) {
            return false;
        }
        enrollAsCurrent(cohort, student);
        audit.changed("cohort.enroll", "cohort", cohort.id(), studentId, before.map(Enum::name).orElse(null),
                EnrollmentStatus.ACTIVE.name());
        return true;
    }

    /**
     * Why each of these students may not be enrolled into the cohort in bulk (a roster import), by student id; a
     * student who may is absent. A student withdrawn from this cohort is refused too: a file imported again after a
     * withdrawal must not quietly bring them back.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> refusedForBulkEnrollment(long cohortId, Collection<Long> studentIds) {
        Cohort cohort = liveCohort(cohortId);
        Map<Long, Cohort> mine = cohorts.cohorts(currentUser.require(Permission.MANAGE_COHORTS), false).stream()
                .collect(Collectors.toMap(Cohort::id, c -> c));
        Map<Long, String> refused = new LinkedHashMap<>();
        cohorts.currentCohorts(studentIds).forEach((studentId, currentCohort) -> {
            if (currentCohort != cohort.id()) {
                refused.put(studentId, enrolledElsewhere(Optional.ofNullable(mine.get(currentCohort)), "This student"));
            }
        });
        for (long studentId : cohorts.withdrawnFrom(cohort.id(), studentIds)) {
            refused.putIfAbsent(studentId, "This student was withdrawn from this cohort: enroll them again by hand "
                    + "under Cohorts, or take this line out.");
        }
        return refused;
    }

    /**
     * Enrolls students in bulk, after {@link #refusedForBulkEnrollment} found none refused; those in the cohort
     * already stay as they are. Audited by the caller as one import.
     *
     * @return how many were newly enrolled
     */
    public int enrollAll(long cohortId, Collection<Long> studentIds) {
        Cohort cohort = liveCohort(cohortId);
        if (studentIds.isEmpty()) {
            return 0;
        }
        try {
            return cohorts.enrollAll(cohort.id(), studentIds, OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw lostRace(raced, "students", "A student of this file was enrolled in another cohort just now. "
                    + "Nothing was imported: import the file again to see which.");
        }
    }

    /**
     * Ends the student's enrollment: it stays, WITHDRAWN, for the record; their mentor assignments in the cohort
     * end; the cohort's advisors and mentors no longer see the student. Their own work (records, statements, letters
     * in progress, lists in review) stays as it is, for whoever advises them next. They can be enrolled again.
     *
     * @return false when the student was withdrawn already
     */
    public boolean withdraw(long cohortId, long studentId) {
        Cohort cohort = liveCohort(cohortId);
        EnrollmentStatus before = enrollmentStatus(cohort, studentId);
        if (before == EnrollmentStatus.WITHDRAWN) {
            return false;
        }
        endEnrollment(cohort, studentId, before, "cohort.withdraw", "the student was withdrawn from the cohort");
        return true;
    }

    /**
     * Moves a student from one cohort to another, both run by the signed-in person (an admin runs all). The student
     * keeps their mentors, who follow them to the new cohort; the old enrollment stays, WITHDRAWN.
     */
    public void move(long studentId, long fromCohortId, long toCohortId) {
        Cohort from = liveCohort(fromCohortId);
        Cohort to = liveCohort(toCohortId);
        PersonSummary student = student(studentId);
        EnrollmentStatus before = enrollmentStatus(from, studentId);
        if (from.id() == to.id()) {
            throw new InvalidInputException("cohort", "Choose another cohort than the one " + student.displayName() + " is in.");
        }
        if (before == EnrollmentStatus.WITHDRAWN) {
            throw new InvalidInputException("cohort", student.displayName() + " was withdrawn from \"" + from.name()
                    + "\": enroll them into \"" + to.name() + "\" instead.");
        }
        Optional<EnrollmentStatus> there = cohorts.status(to.id(), studentId);
        if (there.isPresent() && there.get() != EnrollmentStatus.WITHDRAWN) {
            throw new InvalidInputException("cohort", student.displayName() + " is in \"" + to.name() + "\" already.");
        }
        if (!cohorts.changeStatus(from.id(), studentId, before, EnrollmentStatus.WITHDRAWN)) {
            throw new StaleDataException("The enrollment of " + student.displayName());
        }
        enrollAsCurrent(to, student);
        cohorts.copyMentorAssignments(from.id(), to.id(), studentId);
        cohorts.endMentorAssignments(from.id(), studentId);
        audit.changed("cohort.move", "cohort", to.id(), studentId, place(from, before), place(to, EnrollmentStatus.ACTIVE));
    }

    /**
     * Records how the student's season ends (matched, unmatched) or that it goes on (active). Withdrawing and
     * enrolling again have their own operations, as they end and begin relationships.
     */
    public void setStatus(long cohortId, long studentId, EnrollmentStatus status) {
        Cohort cohort = liveCohort(cohortId);
        PersonSummary student = student(studentId);
        EnrollmentStatus before = enrollmentStatus(cohort, studentId);
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new InvalidInputException("status", "Use Withdraw to withdraw " + student.displayName() + ".");
        }
        if (before == EnrollmentStatus.WITHDRAWN) {
            throw new InvalidInputException("status", student.displayName() + " was withdrawn: enroll them again first.");
        }
        if (before == status) {
            return;
        }
        if (status == EnrollmentStatus.ACTIVE) {
            refuseIfCurrentElsewhere(student, cohort.id());
        }
        try {
            if (!cohorts.changeStatus(cohort.id(), studentId, before, status)) {
                throw new StaleDataException("The enrollment of " + student.displayName());
            }
        } catch (DuplicateKeyException raced) {
            throw enrolledElsewhereJustNow(raced, student);
        }
        audit.changed("cohort.status", "cohort", cohort.id(), studentId, before.name(), status.name());
    }

    /**
     * Mentors are assigned to students enrolled in the cohort and not withdrawn (matched and unmatched ones too:
     * an office keeps mentoring through SOAP), and only people with the mentor role mentor.
     *
     * @return false when the mentor was already assigned to this student
     */
    public boolean assignMentor(long cohortId, long studentId, long mentorId) {
        Cohort cohort = liveCohort(cohortId);
        EnrollmentStatus status = enrollmentStatus(cohort, studentId);
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new InvalidInputException("mentor", "This student was withdrawn: enroll them again first.");
        }
        PersonSummary mentor = cohorts.person(mentorId).filter(p -> p.roles().contains(Role.MENTOR))
                .orElseThrow(() -> new InvalidInputException("mentor", "Only people with the mentor role can be assigned as mentors."));
        if (!cohorts.assignMentor(cohort.id(), studentId, mentorId)) {
            return false;
        }
        audit.did("cohort.assign_mentor", "cohort", cohort.id(), studentId, mentorLabel(mentor));
        return true;
    }

    public boolean unassignMentor(long cohortId, long studentId, long mentorId) {
        Cohort cohort = liveCohort(cohortId);
        enrollmentStatus(cohort, studentId);
        Optional<PersonSummary> mentor = cohorts.mentorsOf(cohort.id(), studentId).stream().filter(m -> m.id() == mentorId).findFirst();
        if (mentor.isEmpty() || !cohorts.unassignMentor(cohort.id(), studentId, mentorId)) {
            return false;
        }
        audit.did("cohort.unassign_mentor", "cohort", cohort.id(), studentId, mentorLabel(mentor.get()));
        return true;
    }

    /** Withdraws the student from the cohort and ends their mentor assignments there, each audited. */
    private void endEnrollment(Cohort cohort, long studentId, EnrollmentStatus before, String action, String why) {
        if (!cohorts.changeStatus(cohort.id(), studentId, before, EnrollmentStatus.WITHDRAWN)) {
            throw new StaleDataException("The enrollment");
        }
        for (PersonSummary mentor : cohorts.mentorsOf(cohort.id(), studentId)) {
            audit.did("cohort.unassign_mentor", "cohort", cohort.id(), studentId, mentorLabel(mentor) + ": " + why);
        }
        cohorts.endMentorAssignments(cohort.id(), studentId);
        audit.changed(action, "cohort", cohort.id(), studentId, before.name(), EnrollmentStatus.WITHDRAWN.name());
    }

    private void refuseIfCurrentElsewhere(PersonSummary student, long cohortId) {
        Long current = cohorts.currentCohorts(List.of(student.id())).get(student.id());
        if (current != null && current != cohortId) {
            throw new InvalidInputException("student",
                    enrolledElsewhere(cohorts.find(current, currentUser.require()), student.displayName()));
        }
    }

    /**
     * Names the other cohort only to someone who runs it (they can move the student from there); anyone else
     * learns no more than that the student is someone's current student.
     */
    private static String enrolledElsewhere(Optional<Cohort> runByViewer, String who) {
        return runByViewer.map(c -> who + " is enrolled in \"" + c.name() + "\": move them from there instead.")
                .orElse(who + " is enrolled in another cohort. Their advisor can withdraw them, or an admin can move them.");
    }

    /** Makes the student current in the cohort, unless they are current elsewhere, even since a moment ago. */
    private void enrollAsCurrent(Cohort cohort, PersonSummary student) {
        refuseIfCurrentElsewhere(student, cohort.id());
        try {
            cohorts.enroll(cohort.id(), student.id(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw enrolledElsewhereJustNow(raced, student);
        }
    }

    private static RuntimeException enrolledElsewhereJustNow(DuplicateKeyException raced, PersonSummary student) {
        return lostRace(raced, "student", student.displayName() + " was enrolled in another cohort just now, "
                + "by someone else. Their advisor can withdraw them, or an admin can move them.");
    }

    /** A write that lost to another's on V14's index gets the message; any other duplicate goes on as it was. */
    private static RuntimeException lostRace(DuplicateKeyException raced, String field, String message) {
        return CohortRepository.secondCurrentEnrollment(raced) ? new InvalidInputException(field, message) : raced;
    }

    private Cohort save(Cohort current, int version, String name, String matchSeason, boolean archived) {
        try {
            if (!cohorts.update(current.id(), version, name, matchSeason, archived)) {
                throw new StaleDataException("Cohort \"" + current.name() + "\"");
            }
        } catch (DuplicateKeyException raced) {
            if (CohortRepository.secondCurrentEnrollment(raced)) {
                throw raced;
            }
            throw nameTaken(name);
        }
        return cohort(current.id());
    }

    private Cohort liveCohort(long cohortId) {
        Cohort cohort = cohort(cohortId);
        if (cohort.archived()) {
            throw new InvalidInputException("cohort", "Cohort \"" + cohort.name() + "\" is archived: restore it first.");
        }
        return cohort;
    }

    private PersonSummary student(long studentId) {
        return cohorts.person(studentId).filter(p -> p.roles().contains(Role.STUDENT))
                .orElseThrow(() -> new InvalidInputException("student", "Only people with the student role can be enrolled."));
    }

    private EnrollmentStatus enrollmentStatus(Cohort cohort, long studentId) {
        return cohorts.status(cohort.id(), studentId).orElseThrow(() -> new NotFoundException("Student"));
    }

    private static String place(Cohort cohort, EnrollmentStatus status) {
        return status.name() + " in \"" + cohort.name() + "\" (#" + cohort.id() + ")";
    }

    private static String mentorLabel(PersonSummary mentor) {
        return mentor.displayName() + " (#" + mentor.id() + ")";
    }

    /** @param exceptId the cohort being renamed (its own name is no clash), -1 to skip the uniqueness check */
    private void validate(String name, String matchSeason, long exceptId) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty()) {
            errors.put("name", "Give the cohort a name.");
        } else if (name.length() > MAX_NAME) {
            errors.put("name", "Keep the name within " + MAX_NAME + " characters.");
        } else if (exceptId >= 0 && cohorts.liveNameTaken(name, exceptId)) {
            errors.put("name", nameTaken(name).getMessage());
        }
        if (matchSeason.isEmpty()) {
            errors.put("matchSeason", "Name the match season, e.g. \"2027 Main Residency Match\".");
        } else if (matchSeason.length() > MAX_SEASON) {
            errors.put("matchSeason", "Keep the match season within " + MAX_SEASON + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InvalidInputException nameTaken(String name) {
        return new InvalidInputException("name", "A cohort named \"" + name + "\" already exists.");
    }

}
