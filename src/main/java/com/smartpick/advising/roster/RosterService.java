package com.smartpick.advising.roster;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a cohort's students from a CSV file, all or nothing: the whole file is judged first (every cell, and
 * every e-mail against the people already known), and only a file without a single error is written, in one
 * transaction. People are matched by e-mail, case-insensitively: someone known is enrolled, not created again; so
 * importing the same file twice changes nothing the second time.
 */
@Service
@Transactional
public class RosterService {

    public static final int MAX_BYTES = RosterCsv.MAX_BYTES;
    public static final int MAX_STUDENTS = RosterCsv.MAX_STUDENTS;

    private final PersonService people;
    private final ProfileService profiles;
    private final CohortService cohorts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    RosterService(PersonService people, ProfileService profiles, CohortService cohorts, AuditTrail audit,
            CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.profiles = profiles;
        this.cohorts = cohorts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A file with the header and one example student, to fill in. */
    public String sampleCsv() {
        return RosterCsv.sample();
    }

    /**
     * @throws RosterRejectedException every error of the file by line and column; nothing was written
     * @throws NotFoundException when the cohort is not one the signed-in advisor runs
     */
    public ImportSummary importRoster(long cohortId, String fileName, byte[] content) {
        currentUser.require(Permission.MANAGE_COHORTS);
        Cohort cohort = cohorts.cohort(cohortId);
        if (cohort.archived()) {
            throw new InvalidInputException("cohort", "Cohort \"" + cohort.name() + "\" is archived: restore it first.");
        }
        List<RosterStudent> students;
        Map<String, Long> known;
        try {
            students = RosterCsv.read(content, Year.now(clock).getValue());
            known = knownStudents(cohort.id(), students);
        } catch (RosterRejectedException rejected) {
            audit.refused("roster.import", "cohort", cohort.id(),
                    "file \"" + fileName + "\": " + rejected.errors().size() + " problems");
            throw rejected;
        }

        List<RosterStudent> newPeople = students.stream().filter(s -> !known.containsKey(s.email())).toList();
        Map<String, Long> ids = new HashMap<>(known);
        Map<String, String> namesByEmail = new LinkedHashMap<>();
        newPeople.forEach(s -> namesByEmail.put(s.email(), s.name()));
        ids.putAll(people.importStudents(namesByEmail));
        int enrolled = cohorts.enrollAll(cohort.id(), ids.values());
        profiles.startProfiles(students.stream().filter(RosterStudent::hasProfile)
                .map(s -> s.profile(ids.get(s.email()))).toList());
        ImportSummary summary = new ImportSummary(students.size(), newPeople.size(), enrolled, students.size() - enrolled);
        audit.did("roster.import", "cohort", cohort.id(), null, "file \"" + fileName + "\": " + summary.rows() + " students, "
                + summary.created() + " new people, " + summary.enrolled() + " enrolled, "
                + summary.alreadyEnrolled() + " enrolled before");
        return summary;
    }

    /**
     * The students the file names who are known already, by e-mail. An e-mail of someone else is an error, and so
     * is a student the cohort may not take (current in another cohort, or withdrawn from this one): the rule of
     * {@link CohortService#enroll}, so a file is no way round it.
     */
    private Map<String, Long> knownStudents(long cohortId, List<RosterStudent> students) {
        Map<String, List<PersonSummary>> byEmail = people.peopleByEmail(students.stream().map(RosterStudent::email).toList());
        Map<String, Long> known = new HashMap<>();
        List<CsvProblem> errors = new ArrayList<>();
        for (RosterStudent student : students) {
            List<PersonSummary> matches = byEmail.getOrDefault(student.email(), List.of());
            if (matches.size() > 1) {
                errors.add(new CsvProblem(student.line(), RosterColumn.EMAIL.header(),
                        "Several people have this e-mail; enroll this student by hand under Cohorts."));
            } else if (matches.size() == 1 && !matches.get(0).roles().contains(Role.STUDENT)) {
                errors.add(new CsvProblem(student.line(), RosterColumn.EMAIL.header(),
                        "This e-mail belongs to someone who is not a student."));
            } else if (matches.size() == 1) {
                known.put(student.email(), matches.get(0).id());
            }
        }
        Map<Long, String> refused = known.isEmpty() ? Map.of() : cohorts.refusedForBulkEnrollment(cohortId, known.values());
        for (RosterStudent student : students) {
            Long id = known.get(student.email());
            if (id != null && refused.containsKey(id)) {
                errors.add(new CsvProblem(student.line(), RosterColumn.EMAIL.header(), refused.get(id)));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(CsvProblem::line));
            throw new RosterRejectedException(errors);
        }
        return known;
    }
}
