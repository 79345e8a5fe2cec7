package com.smartpick.advising.cohort;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts, enrollments and mentor assignments. Only the advisors of a cohort (and admins) run it; for anyone
 * else a cohort id matches nothing and answers "not found".
 */
@Service
@Transactional
public class CohortService {

    public static final int MAX_NAME = 120;
    public static final int MAX_SEASON = 80;

    private final CohortRepository cohorts;
    private final CurrentUser currentUser;

    CohortService(CohortRepository cohorts, CurrentUser currentUser) {
        this.cohorts = cohorts;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<Cohort> myCohorts(boolean includeArchived) {
        return cohorts.cohorts(staff(), includeArchived);
    }

    @Transactional(readOnly = true)
    public Cohort cohort(long id) {
        return cohorts.find(id, staff()).orElseThrow(() -> new NotFoundException("Cohort"));
    }

    public Cohort create(String name, String matchSeason) {
        Viewer viewer = staff();
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

    public Cohort setArchived(long id, int version, boolean archived) {
        Cohort current = cohort(id);
        if (!archived && cohorts.liveNameTaken(current.name(), id)) {
            throw nameTaken(current.name());
        }
        return save(current, version, current.name(), current.matchSeason(), archived);
    }

    @Transactional(readOnly = true)
    public List<CohortMember> members(long cohortId) {
        return cohorts.members(cohort(cohortId).id());
    }

    /** @return false when the student was already enrolled */
    public boolean enroll(long cohortId, long studentId) {
        Cohort cohort = liveCohort(cohortId);
        if (!cohorts.hasRole(studentId, Role.STUDENT)) {
            throw new InvalidInputException("student", "Only people with the student role can be enrolled.");
        }
        return cohorts.enroll(cohort.id(), studentId);
    }

    public void setStatus(long cohortId, long studentId, EnrollmentStatus status) {
        Cohort cohort = liveCohort(cohortId);
        requireEnrolled(cohort, studentId);
        cohorts.setStatus(cohort.id(), studentId, status);
    }

    /** @return false when the mentor was already assigned to this student */
    public boolean assignMentor(long cohortId, long studentId, long mentorId) {
        Cohort cohort = liveCohort(cohortId);
        requireEnrolled(cohort, studentId);
        if (!cohorts.hasRole(mentorId, Role.MENTOR)) {
            throw new InvalidInputException("mentor", "Only people with the mentor role can be assigned as mentors.");
        }
        return cohorts.assignMentor(cohort.id(), studentId, mentorId);
    }

    public boolean unassignMentor(long cohortId, long studentId, long mentorId) {
        Cohort cohort = liveCohort(cohortId);
        requireEnrolled(cohort, studentId);
        return cohorts.unassignMentor(cohort.id(), studentId, mentorId);
    }

    private Cohort save(Cohort current, int version, String name, String matchSeason, boolean archived) {
        try {
            if (!cohorts.update(current.id(), version, name, matchSeason, archived)) {
                throw new StaleDataException("Cohort \"" + current.name() + "\"");
            }
        } catch (DuplicateKeyException raced) {
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

    private void requireEnrolled(Cohort cohort, long studentId) {
        if (!cohorts.isEnrolled(cohort.id(), studentId)) {
            throw new NotFoundException("Student");
        }
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

    private Viewer staff() {
        Viewer viewer = currentUser.require();
        if (!viewer.hasAny(Role.ADVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only advisors run cohorts.");
        }
        return viewer;
    }

}
