package com.smartpick.advising.student;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.jooq.tables.Person;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.security.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class StudentRepository {

    private static final Person MENTOR = PERSON.as("mentor");
    private static final Field<String> COHORTS = DSL.field(DSL.select(DSL.listAgg(COHORT.NAME, ", ").withinGroupOrderBy(COHORT.NAME))
            .from(ENROLLMENT).join(COHORT).on(COHORT.ID.eq(ENROLLMENT.COHORT_ID))
            .where(ENROLLMENT.STUDENT_ID.eq(PERSON.ID)).and(Visibility.carriesAccess(ENROLLMENT))).as("cohorts");
    private static final Field<String> MENTORS = DSL.field(DSL.select(DSL.listAgg(MENTOR.DISPLAY_NAME, ", ").withinGroupOrderBy(MENTOR.DISPLAY_NAME))
            .from(DSL.selectDistinct(MENTOR_ASSIGNMENT.MENTOR_ID).from(MENTOR_ASSIGNMENT)
                    .join(ENROLLMENT).on(Visibility.assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                    .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(PERSON.ID)).and(Visibility.carriesAccess(ENROLLMENT)).asTable("ma"))
            .join(MENTOR).on(MENTOR.ID.eq(DSL.field(DSL.name("ma", "mentor_id"), Long.class)))).as("mentors");
    /** The sort keys "My students" offers, each mapped to its column. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", PERSON.DISPLAY_NAME,
            "email", PERSON.EMAIL,
            "country", APPLICANT_PROFILE.SCHOOL_COUNTRY,
            "graduationYear", APPLICANT_PROFILE.GRADUATION_YEAR,
            "step2ck", APPLICANT_PROFILE.STEP2CK_SCORE,
            "visa", APPLICANT_PROFILE.VISA_NEED,
            "cohorts", COHORTS,
            "mentors", MENTORS);

    private final DSLContext db;
    private final Visibility visibility;

    StudentRepository(DSLContext db, Visibility visibility) {
        this.db = db;
        this.visibility = visibility;
    }

    List<StudentRow> page(Viewer viewer, StudentFilter filter, PageRequest page) {
        return db.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, APPLICANT_PROFILE.SCHOOL_COUNTRY,
                        APPLICANT_PROFILE.GRADUATION_YEAR, APPLICANT_PROFILE.STEP2CK_SCORE, APPLICANT_PROFILE.VISA_NEED,
                        COHORTS, MENTORS)
                .from(PERSON).leftJoin(APPLICANT_PROFILE).on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID))
                .where(visibleStudents(viewer, filter))
                .orderBy(orderBy(page))
                .offset(page.offset()).limit(page.limit())
                .fetch(StudentRepository::row);
    }

    int count(Viewer viewer, StudentFilter filter) {
        return db.fetchCount(DSL.selectOne().from(PERSON).leftJoin(APPLICANT_PROFILE)
                .on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID)).where(visibleStudents(viewer, filter)));
    }

    Optional<StudentRow> find(Viewer viewer, long studentId) {
        return db.select(PERSON.ID, PERSON.DISPLAY_NAME, PERSON.EMAIL, APPLICANT_PROFILE.SCHOOL_COUNTRY,
                        APPLICANT_PROFILE.GRADUATION_YEAR, APPLICANT_PROFILE.STEP2CK_SCORE, APPLICANT_PROFILE.VISA_NEED,
                        COHORTS, MENTORS)
                .from(PERSON).leftJoin(APPLICANT_PROFILE).on(APPLICANT_PROFILE.STUDENT_ID.eq(PERSON.ID))
                .where(PERSON.ID.eq(studentId)).and(visibleStudents(viewer, StudentFilter.NONE))
                .fetchOptional(StudentRepository::row);
    }

    /** Cohorts in which the viewer sees at least one student through a live enrollment: the cohort filter's choices. */
    List<CohortChoice> cohortChoices(Viewer viewer) {
        return db.selectDistinct(COHORT.ID, COHORT.NAME).from(COHORT)
                .join(ENROLLMENT).on(ENROLLMENT.COHORT_ID.eq(COHORT.ID))
                .where(visibility.students(viewer, ENROLLMENT.STUDENT_ID)).and(Visibility.carriesAccess(ENROLLMENT))
                .orderBy(COHORT.NAME)
                .fetch(r -> new CohortChoice(r.get(COHORT.ID), r.get(COHORT.NAME)));
    }

    private Condition visibleStudents(Viewer viewer, StudentFilter filter) {
        Condition condition = PERSON.ROLES.contains(new String[] {Role.STUDENT.name()})
                .and(visibility.students(viewer, PERSON.ID));
        if (!filter.text().isEmpty()) {
            String pattern = "%" + filter.text().toLowerCase() + "%";
            condition = condition.and(DSL.lower(PERSON.DISPLAY_NAME).like(pattern)
                    .or(DSL.lower(PERSON.EMAIL).like(pattern))
                    .or(DSL.lower(APPLICANT_PROFILE.MEDICAL_SCHOOL).like(pattern))
                    .or(DSL.lower(APPLICANT_PROFILE.SCHOOL_COUNTRY).like(pattern)));
        }
        if (filter.cohortId() != null) {
            condition = condition.and(PERSON.ID.in(DSL.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT)
                    .where(ENROLLMENT.COHORT_ID.eq(filter.cohortId())).and(Visibility.carriesAccess(ENROLLMENT))));
        }
        return condition;
    }

    private static List<SortField<?>> orderBy(PageRequest page) {
        List<SortField<?>> order = new ArrayList<>();
        for (PageRequest.Sort sort : page.sorts()) {
            Field<?> field = SORTABLE.get(sort.key());
            if (field != null) {
                order.add(sort.ascending() ? field.asc().nullsLast() : field.desc().nullsLast());
            }
        }
        order.add(PERSON.DISPLAY_NAME.asc());
        order.add(PERSON.ID.asc());
        return order;
    }

    private static StudentRow row(Record r) {
        return new StudentRow(r.get(PERSON.ID), r.get(PERSON.DISPLAY_NAME), r.get(PERSON.EMAIL),
                r.get(APPLICANT_PROFILE.SCHOOL_COUNTRY), r.get(APPLICANT_PROFILE.GRADUATION_YEAR),
                r.get(APPLICANT_PROFILE.STEP2CK_SCORE), r.get(APPLICANT_PROFILE.VISA_NEED),
                r.get(COHORTS) == null ? "" : r.get(COHORTS), r.get(MENTORS) == null ? "" : r.get(MENTORS));
    }
}
