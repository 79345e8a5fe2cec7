package com.smartpick.advising.student;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.cohort.CohortName;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.profile.ProfileColumns;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class StudentRepository {

    private static final People STUDENT = People.as("student");
    private static final ProfileColumns PROFILE = ProfileColumns.as("profile");
    private static final Field<String> COHORTS = Relationships.cohortNamesOf(STUDENT.id()).as("cohorts");
    private static final Field<String> MENTORS = Relationships.mentorNamesOf(STUDENT.id()).as("mentors");
    private static final List<SelectField<?>> COLUMNS = List.of(STUDENT.id(), STUDENT.displayName(), STUDENT.email(),
            PROFILE.schoolCountry(), PROFILE.graduationYear(), PROFILE.step2ckScore(), PROFILE.visaNeed(), COHORTS, MENTORS);
    /** The sort keys "My students" offers, each mapped to its column. */
    private static final Map<String, Field<?>> SORTABLE = Map.of(
            "name", STUDENT.displayName(),
            "email", STUDENT.email(),
            "country", PROFILE.schoolCountry(),
            "graduationYear", PROFILE.graduationYear(),
            "step2ck", PROFILE.step2ckScore(),
            "visa", PROFILE.visaNeed(),
            "cohorts", COHORTS,
            "mentors", MENTORS);

    private final DSLContext db;
    private final StudentAccess access;
    private final Relationships relationships;

    StudentRepository(DSLContext db, StudentAccess access, Relationships relationships) {
        this.db = db;
        this.access = access;
        this.relationships = relationships;
    }

    List<StudentRow> page(Viewer viewer, StudentFilter filter, PageRequest page) {
        return db.select(COLUMNS).from(studentsWithProfiles())
                .where(visibleStudents(viewer, filter))
                .orderBy(orderBy(page))
                .offset(page.offset()).limit(page.limit())
                .fetch(StudentRepository::row);
    }

    int count(Viewer viewer, StudentFilter filter) {
        return db.fetchCount(DSL.selectOne().from(studentsWithProfiles()).where(visibleStudents(viewer, filter)));
    }

    Optional<StudentRow> find(Viewer viewer, long studentId) {
        return db.select(COLUMNS).from(studentsWithProfiles())
                .where(STUDENT.id().eq(studentId)).and(visibleStudents(viewer, StudentFilter.NONE))
                .fetchOptional(StudentRepository::row);
    }

    /** Cohorts in which the viewer sees at least one student through a live enrollment: the cohort filter's choices. */
    List<CohortName> cohortChoices(Viewer viewer) {
        return relationships.cohortsOfStudentsSeenBy(viewer);
    }

    private static Table<?> studentsWithProfiles() {
        return STUDENT.table().leftJoin(PROFILE.table()).on(PROFILE.studentId().eq(STUDENT.id()));
    }

    private Condition visibleStudents(Viewer viewer, StudentFilter filter) {
        Condition condition = STUDENT.isStudent().and(access.students(viewer, STUDENT.id()));
        if (!filter.text().isEmpty()) {
            String pattern = "%" + filter.text().toLowerCase() + "%";
            condition = condition.and(DSL.lower(STUDENT.displayName()).like(pattern)
                    .or(DSL.lower(STUDENT.email()).like(pattern))
                    .or(DSL.lower(PROFILE.medicalSchool()).like(pattern))
                    .or(DSL.lower(PROFILE.schoolCountry()).like(pattern)));
        }
        if (filter.cohortId() != null) {
            condition = condition.and(Relationships.inCohort(STUDENT.id(), filter.cohortId()));
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
        order.add(STUDENT.displayName().asc());
        order.add(STUDENT.id().asc());
        return order;
    }

    private static StudentRow row(Record r) {
        return new StudentRow(r.get(STUDENT.id()), r.get(STUDENT.displayName()), r.get(STUDENT.email()),
                r.get(PROFILE.schoolCountry()), r.get(PROFILE.graduationYear()),
                r.get(PROFILE.step2ckScore()), r.get(PROFILE.visaNeed()),
                r.get(COHORTS) == null ? "" : r.get(COHORTS), r.get(MENTORS) == null ? "" : r.get(MENTORS));
    }
}
