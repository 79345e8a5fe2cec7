package com.smartpick.advising.cohort;

import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.jooq.tables.Person;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.security.Visibility;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class CohortRepository {

    private static final Field<Integer> STUDENT_COUNT = DSL.field(DSL.selectCount().from(ENROLLMENT)
            .where(ENROLLMENT.COHORT_ID.eq(COHORT.ID))).as("student_count");

    private final DSLContext db;
    private final Visibility visibility;

    CohortRepository(DSLContext db, Visibility visibility) {
        this.db = db;
        this.visibility = visibility;
    }

    List<Cohort> cohorts(Viewer viewer, boolean includeArchived) {
        return db.select(COHORT.fields()).select(STUDENT_COUNT).from(COHORT)
                .where(visibility.cohortsRunBy(viewer, COHORT.ID))
                .and(includeArchived ? DSL.trueCondition() : COHORT.ARCHIVED.isFalse())
                .orderBy(COHORT.ARCHIVED, COHORT.NAME)
                .fetch(CohortRepository::cohort);
    }

    Optional<Cohort> find(long id, Viewer viewer) {
        return db.select(COHORT.fields()).select(STUDENT_COUNT).from(COHORT)
                .where(COHORT.ID.eq(id)).and(visibility.cohortsRunBy(viewer, COHORT.ID))
                .fetchOptional(CohortRepository::cohort);
    }

    boolean liveNameTaken(String name, long exceptId) {
        return db.fetchExists(COHORT, DSL.lower(COHORT.NAME).eq(name.toLowerCase())
                .and(COHORT.ARCHIVED.isFalse()).and(COHORT.ID.ne(exceptId)));
    }

    long insert(String name, String matchSeason, long createdBy) {
        long id = db.insertInto(COHORT).set(COHORT.NAME, name).set(COHORT.MATCH_SEASON, matchSeason)
                .set(COHORT.CREATED_BY, createdBy).returning(COHORT.ID).fetchSingle(COHORT.ID);
        db.insertInto(COHORT_ADVISOR).set(COHORT_ADVISOR.COHORT_ID, id).set(COHORT_ADVISOR.ADVISOR_ID, createdBy).execute();
        return id;
    }

    /** @return false when the row's version moved on since it was read */
    boolean update(long id, int expectedVersion, String name, String matchSeason, boolean archived) {
        return Rows.oneOrNone(db.update(COHORT)
                .set(COHORT.NAME, name)
                .set(COHORT.MATCH_SEASON, matchSeason)
                .set(COHORT.ARCHIVED, archived)
                .set(COHORT.VERSION, COHORT.VERSION.plus(1))
                .where(COHORT.ID.eq(id)).and(COHORT.VERSION.eq(expectedVersion)));
    }

    List<CohortMember> members(long cohortId) {
        Person mentor = PERSON.as("mentor");
        Map<Long, List<PersonSummary>> mentorsByStudent = db
                .select(MENTOR_ASSIGNMENT.STUDENT_ID, mentor.ID, mentor.DISPLAY_NAME, mentor.EMAIL, mentor.ROLES)
                .from(MENTOR_ASSIGNMENT).join(mentor).on(mentor.ID.eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .where(MENTOR_ASSIGNMENT.COHORT_ID.eq(cohortId))
                .orderBy(mentor.DISPLAY_NAME)
                .fetchGroups(MENTOR_ASSIGNMENT.STUDENT_ID, r -> new PersonSummary(r.get(mentor.ID),
                        r.get(mentor.DISPLAY_NAME), r.get(mentor.EMAIL), Role.fromNames(Arrays.asList(r.get(mentor.ROLES)))));
        return db.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, ENROLLMENT.STATUS)
                .from(ENROLLMENT).join(PERSON).on(PERSON.ID.eq(ENROLLMENT.STUDENT_ID))
                .where(ENROLLMENT.COHORT_ID.eq(cohortId))
                .orderBy(PERSON.DISPLAY_NAME, PERSON.ID)
                .fetch(r -> new CohortMember(r.get(PERSON.ID), r.get(PERSON.DISPLAY_NAME), r.get(PERSON.EMAIL),
                        EnrollmentStatus.valueOf(r.get(ENROLLMENT.STATUS)),
                        mentorsByStudent.getOrDefault(r.get(PERSON.ID), List.of())));
    }

    boolean hasRole(long personId, Role role) {
        return db.fetchExists(PERSON, PERSON.ID.eq(personId).and(PERSON.ROLES.contains(new String[] {role.name()})));
    }

    boolean isEnrolled(long cohortId, long studentId) {
        return db.fetchExists(ENROLLMENT, ENROLLMENT.COHORT_ID.eq(cohortId).and(ENROLLMENT.STUDENT_ID.eq(studentId)));
    }

    /** @return false when the student was already enrolled: enrolling twice changes nothing */
    boolean enroll(long cohortId, long studentId) {
        return db.insertInto(ENROLLMENT).set(ENROLLMENT.COHORT_ID, cohortId).set(ENROLLMENT.STUDENT_ID, studentId)
                .onConflictDoNothing().execute() == 1;
    }

    void setStatus(long cohortId, long studentId, EnrollmentStatus status) {
        Rows.one(db.update(ENROLLMENT).set(ENROLLMENT.STATUS, status.name()).set(ENROLLMENT.VERSION, ENROLLMENT.VERSION.plus(1))
                .where(ENROLLMENT.COHORT_ID.eq(cohortId)).and(ENROLLMENT.STUDENT_ID.eq(studentId)));
    }

    boolean assignMentor(long cohortId, long studentId, long mentorId) {
        return db.insertInto(MENTOR_ASSIGNMENT).set(MENTOR_ASSIGNMENT.COHORT_ID, cohortId)
                .set(MENTOR_ASSIGNMENT.STUDENT_ID, studentId).set(MENTOR_ASSIGNMENT.MENTOR_ID, mentorId)
                .onConflictDoNothing().execute() == 1;
    }

    boolean unassignMentor(long cohortId, long studentId, long mentorId) {
        return Rows.oneOrNone(db.deleteFrom(MENTOR_ASSIGNMENT).where(MENTOR_ASSIGNMENT.COHORT_ID.eq(cohortId))
                .and(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId)).and(MENTOR_ASSIGNMENT.MENTOR_ID.eq(mentorId)));
    }

    private static Cohort cohort(Record r) {
        return new Cohort(r.get(COHORT.ID), r.get(COHORT.NAME), r.get(COHORT.MATCH_SEASON), r.get(COHORT.ARCHIVED),
                r.get(STUDENT_COUNT), r.get(COHORT.VERSION));
    }

}
