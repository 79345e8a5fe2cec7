package com.smartpick.advising.cohort;

import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;

import com.smartpick.advising.jooq.tables.Enrollment;
import com.smartpick.advising.jooq.tables.MentorAssignment;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The one rule of whose student-owned data a person may see (FERPA's "legitimate educational interest"): an advisor
 * the students of the cohorts they advise, a mentor their assigned mentees, a student themself, an admin everyone.
 * Every query for student-owned data, in every feature, adds {@link #students} (or asks {@link #maySee}), so a foreign
 * id simply matches no row. It lives here because the relationships it reads (enrollments, advisors, mentor
 * assignments) are this feature's tables.
 *
 * <p>Access lasts as long as the relationship: only through an enrollment that {@linkplain #carriesAccess carries
 * access}. A withdrawn student, or one whose cohort was archived, is no longer anyone's through that enrollment; a
 * matched or unmatched one still is, while the cohort is live, since an office follows up after Match Day and
 * through SOAP.
 */
@Component
public class StudentAccess {

    private static final String WITHDRAWN = "WITHDRAWN";

    private final DSLContext db;

    StudentAccess(DSLContext db) {
        this.db = db;
    }

    /** The students the viewer may see, as a condition on a column holding a student's id. */
    public Condition students(Viewer viewer, Field<Long> studentId) {
        if (viewer.has(Role.ADMIN)) {
            return DSL.trueCondition();
        }
        List<Condition> any = new ArrayList<>();
        if (viewer.has(Role.ADVISOR)) {
            any.add(studentId.in(DSL.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT)
                    .join(COHORT_ADVISOR).on(COHORT_ADVISOR.COHORT_ID.eq(ENROLLMENT.COHORT_ID))
                    .where(COHORT_ADVISOR.ADVISOR_ID.eq(viewer.personId())).and(carriesAccess(ENROLLMENT))));
        }
        if (viewer.has(Role.MENTOR)) {
            any.add(studentId.in(DSL.select(MENTOR_ASSIGNMENT.STUDENT_ID).from(MENTOR_ASSIGNMENT)
                    .join(ENROLLMENT).on(assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                    .where(MENTOR_ASSIGNMENT.MENTOR_ID.eq(viewer.personId())).and(carriesAccess(ENROLLMENT))));
        }
        if (viewer.has(Role.STUDENT)) {
            any.add(studentId.eq(viewer.personId()));
        }
        return DSL.or(any);
    }

    /** Whether {@code studentId} is a student the viewer may see: the question every "open this student" asks first. */
    public boolean maySee(Viewer viewer, long studentId) {
        Field<Long> id = DSL.val(studentId);
        return db.fetchExists(DSL.selectOne().where(People.isStudent(id)).and(students(viewer, id)));
    }

    /** Those of {@code studentIds} the viewer may see: one question for a whole batch. */
    public Set<Long> seenAmong(Viewer viewer, Collection<Long> studentIds) {
        People student = People.as("candidate");
        return new HashSet<>(db.select(student.id()).from(student.table())
                .where(student.id().in(studentIds)).and(student.isStudent()).and(students(viewer, student.id()))
                .fetch(student.id()));
    }

    /** The cohorts a person runs: an advisor those they advise (archived ones included), an admin all. */
    public Condition cohortsRunBy(Viewer viewer, Field<Long> cohortId) {
        if (viewer.has(Role.ADMIN)) {
            return DSL.trueCondition();
        }
        if (viewer.has(Role.ADVISOR)) {
            return cohortId.in(DSL.select(COHORT_ADVISOR.COHORT_ID).from(COHORT_ADVISOR)
                    .where(COHORT_ADVISOR.ADVISOR_ID.eq(viewer.personId())));
        }
        return DSL.falseCondition();
    }

    /**
     * An enrollment through which its cohort's advisors (and its mentors) reach the student: not withdrawn, in a
     * cohort that is not archived ({@code cohort_archived} is the cohort's flag, copied by V14's triggers). The
     * cohorts and mentors shown beside a student ({@link Relationships}), and the filters by cohort or mentor, use the
     * same condition, so they never name a relationship that has ended.
     */
    static Condition carriesAccess(Enrollment enrollment) {
        // the literal, not a bind value: the plan PostgreSQL caches for the statement must know that few rows are
        // WITHDRAWN, or it reads every enrollment to find a page (the readiness first page went from 10 to 60 ms)
        return enrollment.STATUS.ne(DSL.inline(WITHDRAWN)).and(enrollment.COHORT_ARCHIVED.isFalse());
    }

    /** Joins a mentor assignment to the enrollment it belongs to (its student in its cohort). */
    static Condition assignmentIn(MentorAssignment assignment, Enrollment enrollment) {
        return enrollment.COHORT_ID.eq(assignment.COHORT_ID).and(enrollment.STUDENT_ID.eq(assignment.STUDENT_ID));
    }
}
