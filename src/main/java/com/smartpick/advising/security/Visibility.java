package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whose student-owned data a person may see (FERPA's "legitimate educational
 * interest"): an advisor the students of the cohorts they advise, a mentor their assigned mentees, a student
 * themself, an admin everyone. Every query for student-owned data adds this condition, so a foreign id simply
 * matches no row.
 */
@Component
public class Visibility {

    public Condition students(Viewer viewer, Field<Long> studentId) {
        if (viewer.has(Role.ADMIN)) {
            return DSL.trueCondition();
        }
        List<Condition> any = new ArrayList<>();
        if (viewer.has(Role.ADVISOR)) {
            any.add(studentId.in(DSL.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT)
                    .join(COHORT_ADVISOR).on(COHORT_ADVISOR.COHORT_ID.eq(ENROLLMENT.COHORT_ID))
                    .where(COHORT_ADVISOR.ADVISOR_ID.eq(viewer.personId()))));
        }
        if (viewer.has(Role.MENTOR)) {
            any.add(studentId.in(DSL.select(MENTOR_ASSIGNMENT.STUDENT_ID).from(MENTOR_ASSIGNMENT)
                    .where(MENTOR_ASSIGNMENT.MENTOR_ID.eq(viewer.personId()))));
        }
        if (viewer.has(Role.STUDENT)) {
            any.add(studentId.eq(viewer.personId()));
        }
        return DSL.or(any);
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

}
