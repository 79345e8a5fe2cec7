package com.smartpick.advising.cohort;

import static com.smartpick.advising.cohort.StudentAccess.assignmentIn;
import static com.smartpick.advising.cohort.StudentAccess.carriesAccess;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;

import com.smartpick.advising.security.People;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Viewer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Who belongs with whom, now, as other features read it: the cohorts and mentors beside a student, the filters by
 * cohort or mentor, and whether a mentor is a student's. Only relationships that {@linkplain StudentAccess#carriesAccess
 * carry access} count, the same ones that let the advisor or mentor see the student at all. The fragments are
 * correlated with the caller's student-id column, so a list of any length stays one statement.
 */
@Component
public class Relationships {

    private final DSLContext db;
    private final StudentAccess access;

    Relationships(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    /** The names of the student's current cohorts, comma-separated in name order (null for none). */
    public static Field<String> cohortNamesOf(Field<Long> studentId) {
        return DSL.field(DSL.select(DSL.listAgg(COHORT.NAME, ", ").withinGroupOrderBy(COHORT.NAME))
                .from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(ENROLLMENT.STUDENT_ID.eq(studentId)).and(carriesAccess(ENROLLMENT)));
    }

    /** The names of the student's current mentors, each once, comma-separated in name order (null for none). */
    public static Field<String> mentorNamesOf(Field<Long> studentId) {
        Table<?> assigned = DSL.selectDistinct(MENTOR_ASSIGNMENT.MENTOR_ID).from(MENTOR_ASSIGNMENT)
                .join(ENROLLMENT).on(assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId)).and(carriesAccess(ENROLLMENT)).asTable("assigned");
        People mentor = People.as("mentor");
        return DSL.field(DSL.select(DSL.listAgg(mentor.displayName(), ", ").withinGroupOrderBy(mentor.displayName()))
                .from(assigned).join(mentor.table()).on(mentor.id().eq(assigned.field(MENTOR_ASSIGNMENT.MENTOR_ID))));
    }

    /**
     * The cohort of the student's current enrollment: ACTIVE in a cohort that is not archived, of which V14's index
     * allows one (null for none). A matched or unmatched student has no current cohort: her season is over.
     */
    public static Field<Long> currentCohortOf(Field<Long> studentId) {
        return DSL.field(DSL.select(ENROLLMENT.COHORT_ID).from(ENROLLMENT)
                .where(ENROLLMENT.STUDENT_ID.eq(studentId)).and(isCurrent(ENROLLMENT)));
    }

    /** The match season (the cohort's own text) of the student's current cohort (null for none). */
    public static Field<String> currentSeasonOf(Field<Long> studentId) {
        return DSL.field(DSL.select(COHORT.MATCH_SEASON).from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(ENROLLMENT.STUDENT_ID.eq(studentId)).and(isCurrent(ENROLLMENT)));
    }

    /** The name of the student's current cohort (null for none). */
    public static Field<String> currentCohortNameOf(Field<Long> studentId) {
        return DSL.field(DSL.select(COHORT.NAME).from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
                .where(ENROLLMENT.STUDENT_ID.eq(studentId)).and(isCurrent(ENROLLMENT)));
    }

    public static Condition hasCurrentMentor(Field<Long> studentId) {
        return DSL.exists(currentAssignments(studentId));
    }

    public static Condition inCohort(Field<Long> studentId, long cohortId) {
        return studentId.in(DSL.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT)
                .where(ENROLLMENT.COHORT_ID.eq(cohortId)).and(carriesAccess(ENROLLMENT)));
    }

    public static Condition mentoredBy(Field<Long> studentId, long mentorId) {
        return DSL.exists(currentAssignments(studentId).and(MENTOR_ASSIGNMENT.MENTOR_ID.eq(mentorId)));
    }

    /** A mentor acts for a student they mentor now: through an enrollment that has not ended. */
    public boolean isCurrentMentorOf(long mentorId, long studentId) {
        return db.fetchExists(currentAssignments(DSL.val(studentId)).and(MENTOR_ASSIGNMENT.MENTOR_ID.eq(mentorId)));
    }

    /** The student's current mentors, in name order. */
    public List<PersonSummary> currentMentorsOf(long studentId) {
        People mentor = People.as("mentor");
        return db.selectDistinct(mentor.summaryFields()).from(MENTOR_ASSIGNMENT)
                .join(mentor.table()).on(mentor.id().eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .join(ENROLLMENT).on(assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId)).and(carriesAccess(ENROLLMENT))
                .orderBy(mentor.displayName(), mentor.id())
                .fetch(mentor::summary);
    }

    /** The advisors of the student's current cohorts, each once, in name order: whom news of the student concerns. */
    public List<PersonSummary> currentAdvisorsOf(long studentId) {
        People advisor = People.as("advisor");
        return db.selectDistinct(advisor.summaryFields()).from(COHORT_ADVISOR)
                .join(advisor.table()).on(advisor.id().eq(COHORT_ADVISOR.ADVISOR_ID))
                .join(ENROLLMENT).on(ENROLLMENT.COHORT_ID.eq(COHORT_ADVISOR.COHORT_ID))
                .where(ENROLLMENT.STUDENT_ID.eq(studentId)).and(carriesAccess(ENROLLMENT))
                .orderBy(advisor.displayName(), advisor.id())
                .fetch(advisor::summary);
    }

    /**
     * The student's current advisors and mentors, each once (an advisor who also mentors the student too), but not
     * {@code except}: the staff to tell of a change one of them made.
     */
    public List<PersonSummary> currentStaffOf(long studentId, long except) {
        Map<Long, PersonSummary> staff = new LinkedHashMap<>();
        currentAdvisorsOf(studentId).forEach(p -> staff.put(p.id(), p));
        currentMentorsOf(studentId).forEach(p -> staff.putIfAbsent(p.id(), p));
        staff.remove(except);
        return List.copyOf(staff.values());
    }

    /** The current mentors of the students the viewer sees, in name order: what a filter by mentor offers. */
    public List<PersonSummary> mentorsOfStudentsSeenBy(Viewer viewer) {
        People mentor = People.as("mentor");
        return db.selectDistinct(mentor.summaryFields()).from(MENTOR_ASSIGNMENT)
                .join(mentor.table()).on(mentor.id().eq(MENTOR_ASSIGNMENT.MENTOR_ID))
                .join(ENROLLMENT).on(assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                .where(access.students(viewer, MENTOR_ASSIGNMENT.STUDENT_ID)).and(carriesAccess(ENROLLMENT))
                .orderBy(mentor.displayName(), mentor.id())
                .fetch(mentor::summary);
    }

    /** The live cohorts the viewer runs, by name: an advisor those they advise, an admin all. */
    public List<CohortName> liveCohortsRunBy(Viewer viewer) {
        return db.select(COHORT.ID, COHORT.NAME).from(COHORT)
                .where(access.cohortsRunBy(viewer, COHORT.ID)).and(COHORT.ARCHIVED.isFalse())
                .orderBy(COHORT.NAME, COHORT.ID)
                .fetch(r -> new CohortName(r.value1(), r.value2()));
    }

    /** The cohorts in which the viewer sees at least one student through a live enrollment, by name. */
    public List<CohortName> cohortsOfStudentsSeenBy(Viewer viewer) {
        return db.selectDistinct(COHORT.ID, COHORT.NAME).from(COHORT)
                .join(ENROLLMENT).on(ENROLLMENT.COHORT_ID.eq(COHORT.ID))
                .where(access.students(viewer, ENROLLMENT.STUDENT_ID)).and(carriesAccess(ENROLLMENT))
                .orderBy(COHORT.NAME, COHORT.ID)
                .fetch(r -> new CohortName(r.value1(), r.value2()));
    }

    /** The one current enrollment's rule, as V14's unique index states it (literals, as in carriesAccess). */
    static Condition isCurrent(com.smartpick.advising.jooq.tables.Enrollment enrollment) {
        return enrollment.STATUS.eq(DSL.inline(EnrollmentStatus.ACTIVE.name())).and(enrollment.COHORT_ARCHIVED.isFalse());
    }

    private static SelectConditionStep<Record1<Integer>> currentAssignments(Field<Long> studentId) {
        return DSL.selectOne().from(MENTOR_ASSIGNMENT)
                .join(ENROLLMENT).on(assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId)).and(carriesAccess(ENROLLMENT));
    }
}
