package com.smartpick.advising.cohort;

import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.jooq.tables.Enrollment;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Viewer;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

@Repository
class CohortRepository {

    private static final People PEOPLE = People.as("person");

    /** V14's index: at most one {@linkplain #current current} enrollment per student. */
    static final String ONE_CURRENT_ENROLLMENT = "enrollment_one_current_uq";

    private static final Field<Integer> STUDENT_COUNT = DSL.field(DSL.selectCount().from(ENROLLMENT)
            .where(ENROLLMENT.COHORT_ID.eq(COHORT.ID)).and(ENROLLMENT.STATUS.ne(EnrollmentStatus.WITHDRAWN.name())))
            .as("student_count");

    private final DSLContext db;
    private final StudentAccess access;

    CohortRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    /** A student's current enrollment: ACTIVE in a cohort that is not archived. A student has at most one. */
    static Condition current(Enrollment enrollment) {
        // a literal, as in StudentAccess: a cached plan must know how common the status is
        return enrollment.STATUS.eq(DSL.inline(EnrollmentStatus.ACTIVE.name())).and(enrollment.COHORT_ARCHIVED.isFalse());
    }

    /** Whether a write failed on V14's index: someone else made the student current elsewhere a moment before. */
    static boolean secondCurrentEnrollment(DuplicateKeyException e) {
        return String.valueOf(e.getMessage()).contains(ONE_CURRENT_ENROLLMENT);
    }

    List<Cohort> cohorts(Viewer viewer, boolean includeArchived) {
        return db.select(COHORT.fields()).select(STUDENT_COUNT).from(COHORT)
                .where(access.cohortsRunBy(viewer, COHORT.ID))
                .and(includeArchived ? DSL.trueCondition() : COHORT.ARCHIVED.isFalse())
                .orderBy(COHORT.ARCHIVED, COHORT.NAME)
                .fetch(CohortRepository::cohort);
    }

    Optional<Cohort> find(long id, Viewer viewer) {
        return db.select(COHORT.fields()).select(STUDENT_COUNT).from(COHORT)
                .where(COHORT.ID.eq(id)).and(access.cohortsRunBy(viewer, COHORT.ID))
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

    /** Everyone ever enrolled, withdrawn students last (they stay for the record, and to be enrolled again). */
    List<CohortMember> members(long cohortId) {
        Map<Long, List<PersonSummary>> mentorsByStudent = db
                .select(MENTOR_ASSIGNMENT.STUDENT_ID).select(PEOPLE.summaryFields())
                .from(MENTOR_ASSIGNMENT).join(PEOPLE.table()).on(PEOPLE.id().eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .where(MENTOR_ASSIGNMENT.COHORT_ID.eq(cohortId))
                .orderBy(PEOPLE.displayName())
                .fetchGroups(MENTOR_ASSIGNMENT.STUDENT_ID, PEOPLE::summary);
        return db.select(PEOPLE.id(), PEOPLE.displayName(), PEOPLE.email(), ENROLLMENT.STATUS)
                .from(ENROLLMENT).join(PEOPLE.table()).on(PEOPLE.id().eq(ENROLLMENT.STUDENT_ID))
                .where(ENROLLMENT.COHORT_ID.eq(cohortId))
                .orderBy(ENROLLMENT.STATUS.eq(EnrollmentStatus.WITHDRAWN.name()), PEOPLE.displayName(), PEOPLE.id())
                .fetch(r -> new CohortMember(r.get(PEOPLE.id()), r.get(PEOPLE.displayName()), r.get(PEOPLE.email()),
                        EnrollmentStatus.valueOf(r.get(ENROLLMENT.STATUS)),
                        mentorsByStudent.getOrDefault(r.get(PEOPLE.id()), List.of())));
    }

    Optional<PersonSummary> person(long personId) {
        return db.select(PEOPLE.summaryFields()).from(PEOPLE.table())
                .where(PEOPLE.id().eq(personId)).fetchOptional(PEOPLE::summary);
    }

    /**
     * Students the directory offers to enroll into a cohort: those with no current enrollment anywhere (anyone
     * else's current students are not listed, so the picker shows no advisor another's students) and not in this
     * cohort already, by name or e-mail.
     */
    List<PersonSummary> enrollable(long cohortId, String text, int limit) {
        Enrollment here = ENROLLMENT.as("here");
        return db.select(PEOPLE.summaryFields()).from(PEOPLE.table())
                .where(PEOPLE.isStudent())
                .and(PEOPLE.displayName().containsIgnoreCase(text).or(PEOPLE.email().containsIgnoreCase(text)))
                .andNotExists(DSL.selectOne().from(ENROLLMENT)
                        .where(ENROLLMENT.STUDENT_ID.eq(PEOPLE.id())).and(current(ENROLLMENT)))
                .andNotExists(DSL.selectOne().from(here)
                        .where(here.STUDENT_ID.eq(PEOPLE.id())).and(here.COHORT_ID.eq(cohortId))
                        .and(here.STATUS.ne(EnrollmentStatus.WITHDRAWN.name())))
                .orderBy(PEOPLE.displayName(), PEOPLE.id())
                .limit(limit)
                .fetch(PEOPLE::summary);
    }

    Optional<EnrollmentStatus> status(long cohortId, long studentId) {
        return db.select(ENROLLMENT.STATUS).from(ENROLLMENT)
                .where(ENROLLMENT.COHORT_ID.eq(cohortId)).and(ENROLLMENT.STUDENT_ID.eq(studentId))
                .fetchOptional(r -> EnrollmentStatus.valueOf(r.value1()));
    }

    /** Each student's one current enrollment, if they have one, by student id. */
    Map<Long, Long> currentCohorts(Collection<Long> studentIds) {
        return db.select(ENROLLMENT.STUDENT_ID, ENROLLMENT.COHORT_ID).from(ENROLLMENT)
                .where(ENROLLMENT.STUDENT_ID.in(studentIds)).and(current(ENROLLMENT))
                .fetchMap(ENROLLMENT.STUDENT_ID, ENROLLMENT.COHORT_ID);
    }

    /** Those of the students who were withdrawn from the cohort. */
    List<Long> withdrawnFrom(long cohortId, Collection<Long> studentIds) {
        return db.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT)
                .where(ENROLLMENT.COHORT_ID.eq(cohortId)).and(ENROLLMENT.STUDENT_ID.in(studentIds))
                .and(ENROLLMENT.STATUS.eq(EnrollmentStatus.WITHDRAWN.name()))
                .fetch(ENROLLMENT.STUDENT_ID);
    }

    /**
     * Enrolls the student, or enrolls a withdrawn one again (the same row: one per student and cohort).
     *
     * @return false when they are in the cohort already, and not withdrawn
     * @throws DuplicateKeyException on {@link #ONE_CURRENT_ENROLLMENT} when they are current elsewhere
     */
    boolean enroll(long cohortId, long studentId, OffsetDateTime at) {
        return db.insertInto(ENROLLMENT)
                .set(ENROLLMENT.COHORT_ID, cohortId).set(ENROLLMENT.STUDENT_ID, studentId).set(ENROLLMENT.ENROLLED_AT, at)
                .onConflict(ENROLLMENT.COHORT_ID, ENROLLMENT.STUDENT_ID).doUpdate()
                .set(ENROLLMENT.STATUS, EnrollmentStatus.ACTIVE.name())
                .set(ENROLLMENT.ENROLLED_AT, at)
                .set(ENROLLMENT.VERSION, ENROLLMENT.VERSION.plus(1))
                .where(ENROLLMENT.STATUS.eq(EnrollmentStatus.WITHDRAWN.name()))
                .execute() == 1;
    }

    /**
     * Enrolls each student not in the cohort yet; those in it already stay as they are.
     *
     * @return how many were newly enrolled
     * @throws DuplicateKeyException on {@link #ONE_CURRENT_ENROLLMENT} when one of them is current elsewhere
     */
    int enrollAll(long cohortId, Collection<Long> studentIds, OffsetDateTime at) {
        var insert = db.insertInto(ENROLLMENT, ENROLLMENT.COHORT_ID, ENROLLMENT.STUDENT_ID, ENROLLMENT.ENROLLED_AT);
        for (long id : studentIds) {
            insert = insert.values(cohortId, id, at);
        }
        return insert.onConflict(ENROLLMENT.COHORT_ID, ENROLLMENT.STUDENT_ID).doNothing().execute();
    }

    /** @return false when the enrollment's status was no longer {@code from} */
    boolean changeStatus(long cohortId, long studentId, EnrollmentStatus from, EnrollmentStatus to) {
        return Rows.oneOrNone(db.update(ENROLLMENT)
                .set(ENROLLMENT.STATUS, to.name()).set(ENROLLMENT.VERSION, ENROLLMENT.VERSION.plus(1))
                .where(ENROLLMENT.COHORT_ID.eq(cohortId)).and(ENROLLMENT.STUDENT_ID.eq(studentId))
                .and(ENROLLMENT.STATUS.eq(from.name())));
    }

    /** The cohort's ACTIVE students who have since become current elsewhere (while it was archived). */
    List<PersonSummary> activeHereCurrentElsewhere(long cohortId) {
        Enrollment elsewhere = ENROLLMENT.as("elsewhere");
        return db.select(PEOPLE.summaryFields())
                .from(ENROLLMENT).join(PEOPLE.table()).on(PEOPLE.id().eq(ENROLLMENT.STUDENT_ID))
                .where(ENROLLMENT.COHORT_ID.eq(cohortId)).and(ENROLLMENT.STATUS.eq(EnrollmentStatus.ACTIVE.name()))
                .andExists(DSL.selectOne().from(elsewhere).where(elsewhere.STUDENT_ID.eq(ENROLLMENT.STUDENT_ID))
                        .and(elsewhere.COHORT_ID.ne(cohortId)).and(current(elsewhere)))
                .orderBy(PEOPLE.displayName(), PEOPLE.id())
                .fetch(PEOPLE::summary);
    }

    List<PersonSummary> mentorsOf(long cohortId, long studentId) {
        return db.select(PEOPLE.summaryFields())
                .from(MENTOR_ASSIGNMENT).join(PEOPLE.table()).on(PEOPLE.id().eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .where(MENTOR_ASSIGNMENT.COHORT_ID.eq(cohortId)).and(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId))
                .orderBy(PEOPLE.displayName(), PEOPLE.id())
                .fetch(PEOPLE::summary);
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

    /** Ends all of one student's mentor assignments in one cohort. */
    void endMentorAssignments(long cohortId, long studentId) {
        Rows.everyMatching(db.deleteFrom(MENTOR_ASSIGNMENT).where(MENTOR_ASSIGNMENT.COHORT_ID.eq(cohortId))
                .and(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId)));
    }

    /** Gives a moved student the same mentors in the cohort they moved to (the old assignments end apart). */
    void copyMentorAssignments(long fromCohortId, long toCohortId, long studentId) {
        db.insertInto(MENTOR_ASSIGNMENT, MENTOR_ASSIGNMENT.COHORT_ID, MENTOR_ASSIGNMENT.STUDENT_ID, MENTOR_ASSIGNMENT.MENTOR_ID)
                .select(DSL.select(DSL.val(toCohortId), MENTOR_ASSIGNMENT.STUDENT_ID, MENTOR_ASSIGNMENT.MENTOR_ID)
                        .from(MENTOR_ASSIGNMENT)
                        .where(MENTOR_ASSIGNMENT.COHORT_ID.eq(fromCohortId)).and(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId)))
                .onConflictDoNothing()
                .execute();
    }


    private static Cohort cohort(Record r) {
        return new Cohort(r.get(COHORT.ID), r.get(COHORT.NAME), r.get(COHORT.MATCH_SEASON), r.get(COHORT.ARCHIVED),
                r.get(STUDENT_COUNT), r.get(COHORT.VERSION));
    }

}
