package com.smartpick.advising.roster;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.cohort.StudentAccess;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class RosterRepository {

    private static final String[] STUDENT = {Role.STUDENT.name()};

    private final DSLContext db;
    private final StudentAccess visibility;

    RosterRepository(DSLContext db, StudentAccess visibility) {
        this.db = db;
        this.visibility = visibility;
    }

    record TargetCohort(long id, String name, boolean archived) {
    }

    record Match(long id, boolean student) {
    }

    Optional<TargetCohort> cohort(long cohortId, Viewer viewer) {
        return db.select(COHORT.ID, COHORT.NAME, COHORT.ARCHIVED).from(COHORT)
                .where(COHORT.ID.eq(cohortId)).and(visibility.cohortsRunBy(viewer, COHORT.ID))
                .fetchOptional(r -> new TargetCohort(r.value1(), r.value2(), r.value3()));
    }

    /** The people already known by each e-mail (lower-cased); more than one means the e-mail is ambiguous. */
    Map<String, List<Match>> peopleByEmail(Collection<String> emails) {
        return db.select(DSL.lower(PERSON.EMAIL), PERSON.ID, PERSON.ROLES).from(PERSON)
                .where(DSL.lower(PERSON.EMAIL).in(emails))
                .fetchGroups(r -> r.value1(), r -> new Match(r.value2(), Set.of(r.value3()).contains(Role.STUDENT.name())));
    }

    /** New people, keyed by their e-mail until their first sign-in claims the row (see PersonService). */
    void insertStudents(List<RosterStudent> students) {
        var insert = db.insertInto(PERSON, PERSON.SUBJECT, PERSON.DISPLAY_NAME, PERSON.EMAIL, PERSON.ROLES);
        for (RosterStudent s : students) {
            insert = insert.values(PersonService.IMPORTED_SUBJECT_PREFIX + s.email(), s.name(), s.email(), STUDENT);
        }
        insert.onConflictDoNothing().execute();
    }

    Map<String, Long> idsOfImported(Collection<String> emails) {
        return db.select(PERSON.EMAIL, PERSON.ID).from(PERSON)
                .where(PERSON.SUBJECT.in(emails.stream().map(e -> PersonService.IMPORTED_SUBJECT_PREFIX + e).toList()))
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Profiles of students who have none; a profile a student already keeps is theirs and stays untouched. */
    void insertMissingProfiles(Map<Long, RosterStudent> byStudentId) {
        var insert = db.insertInto(APPLICANT_PROFILE, APPLICANT_PROFILE.STUDENT_ID, APPLICANT_PROFILE.MEDICAL_SCHOOL,
                APPLICANT_PROFILE.SCHOOL_COUNTRY, APPLICANT_PROFILE.GRADUATION_YEAR, APPLICANT_PROFILE.STEP2CK_SCORE,
                APPLICANT_PROFILE.STEP2CK_ATTEMPTS, APPLICANT_PROFILE.PREFERRED_SPECIALTIES);
        byStudentId.forEach((id, s) -> insert.values(id, s.medicalSchool(), s.country(), s.graduationYear(),
                s.step2ckScore(), s.step2ckScore() == null ? 0 : 1,
                s.preferredSpecialty() == null ? new String[0] : new String[] {s.preferredSpecialty()}));
        insert.onConflictDoNothing().execute();
    }
}
