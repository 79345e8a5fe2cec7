package com.smartpick.advising.support;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.LETTER;
import static com.smartpick.advising.jooq.Tables.LETTER_REVISION;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/** Test data written straight into the real schema; every name is unique so tests never collide. */
public final class TestData {

    private final DSLContext db;

    public TestData(DSLContext db) {
        this.db = db;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public Viewer person(String name, Role... roles) {
        String unique = unique(name);
        long id = db.insertInto(PERSON)
                .set(PERSON.SUBJECT, "test:" + UUID.randomUUID())
                .set(PERSON.DISPLAY_NAME, unique)
                .set(PERSON.EMAIL, unique.replace(' ', '.').toLowerCase() + "@test.invalid")
                .set(PERSON.ROLES, Arrays.stream(roles).map(Role::name).toArray(String[]::new))
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
        return new Viewer(id, unique, Set.of(roles));
    }

    public String email(long personId) {
        return db.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(personId)).fetchSingle(PERSON.EMAIL);
    }

    public long cohort(String name, Viewer advisor) {
        long id = db.insertInto(COHORT).set(COHORT.NAME, unique(name)).set(COHORT.MATCH_SEASON, "2027 Main Residency Match")
                .returning(COHORT.ID).fetchSingle(COHORT.ID);
        db.insertInto(COHORT_ADVISOR).set(COHORT_ADVISOR.COHORT_ID, id).set(COHORT_ADVISOR.ADVISOR_ID, advisor.personId()).execute();
        return id;
    }

    public void enroll(long cohortId, Viewer student) {
        db.insertInto(ENROLLMENT).set(ENROLLMENT.COHORT_ID, cohortId).set(ENROLLMENT.STUDENT_ID, student.personId()).execute();
    }

    public void assign(long cohortId, Viewer student, Viewer mentor) {
        db.insertInto(MENTOR_ASSIGNMENT).set(MENTOR_ASSIGNMENT.COHORT_ID, cohortId)
                .set(MENTOR_ASSIGNMENT.STUDENT_ID, student.personId())
                .set(MENTOR_ASSIGNMENT.MENTOR_ID, mentor.personId()).execute();
    }

    public void profile(Viewer student, String country, int step2ck) {
        db.insertInto(APPLICANT_PROFILE).set(APPLICANT_PROFILE.STUDENT_ID, student.personId())
                .set(APPLICANT_PROFILE.MEDICAL_SCHOOL, "Test Medical College").set(APPLICANT_PROFILE.SCHOOL_COUNTRY, country)
                .set(APPLICANT_PROFILE.GRADUATION_YEAR, 2022).set(APPLICANT_PROFILE.STEP1_RESULT, "PASS")
                .set(APPLICANT_PROFILE.STEP1_ATTEMPTS, 1).set(APPLICANT_PROFILE.STEP2CK_SCORE, step2ck)
                .set(APPLICANT_PROFILE.STEP2CK_ATTEMPTS, 1).execute();
    }

    /**
     * A letter asked of a mentor, already in the given state (REQUESTED, DRAFTING, SUBMITTED, APPROVED, …); from
     * DRAFTING on it has one revision whose text is {@code body}.
     */
    public long letter(long studentId, long mentorId, String status, boolean waived, String body) {
        OffsetDateTime now = OffsetDateTime.now();
        boolean written = !status.equals("REQUESTED");
        long id = db.insertInto(LETTER).set(LETTER.STUDENT_ID, studentId).set(LETTER.MENTOR_ID, mentorId)
                .set(LETTER.SPECIALTY, "Internal Medicine").set(LETTER.PROGRAMS, new String[] {"Test University Program"})
                .set(LETTER.WAIVED, waived).set(LETTER.WAIVER_RECORDED_AT, now).set(LETTER.WAIVER_RECORDED_BY, studentId)
                .set(LETTER.STATUS, status).set(LETTER.CONTENT_KIND, written ? "TEXT" : "NONE")
                .set(LETTER.REASON, status.equals("RETURNED") || status.equals("DECLINED") ? "A reason" : null)
                .set(LETTER.DECIDED_AT, status.equals("APPROVED") ? now : null)
                .returning(LETTER.ID).fetchSingle(LETTER.ID);
        if (written) {
            db.insertInto(LETTER_REVISION).set(LETTER_REVISION.LETTER_ID, id).set(LETTER_REVISION.REVISION, 1)
                    .set(LETTER_REVISION.BODY, body).set(LETTER_REVISION.SAVED_BY, mentorId).execute();
        }
        return id;
    }

    /**
     * Two advisors with a cohort each, a student and a mentor in each: enough to ask of every role whether it sees its
     * own student and not the other one.
     */
    public World world() {
        Viewer advisorA = person("Advisor A", Role.ADVISOR);
        Viewer advisorB = person("Advisor B", Role.ADVISOR);
        Viewer mentorA = person("Mentor A", Role.MENTOR);
        Viewer mentorB = person("Mentor B", Role.MENTOR);
        Viewer studentA = person("Student A", Role.STUDENT);
        Viewer studentB = person("Student B", Role.STUDENT);
        Viewer newStudent = person("Unenrolled student", Role.STUDENT);
        Viewer admin = person("Admin", Role.ADMIN);
        long cohortA = cohort("Cohort A", advisorA);
        long cohortB = cohort("Cohort B", advisorB);
        enroll(cohortA, studentA);
        enroll(cohortB, studentB);
        assign(cohortA, studentA, mentorA);
        assign(cohortB, studentB, mentorB);
        profile(studentA, "India", 241);
        profile(studentB, "Nigeria", 233);
        return new World(advisorA, advisorB, mentorA, mentorB, studentA, studentB, newStudent, admin, cohortA, cohortB);
    }

    public record World(Viewer advisorA, Viewer advisorB, Viewer mentorA, Viewer mentorB, Viewer studentA,
            Viewer studentB, Viewer newStudent, Viewer admin, long cohortA, long cohortB) {

        /** The person of each role whose own student is student A and own cohort is cohort A. */
        public Viewer actingAs(Role role) {
            return switch (role) {
                case ADVISOR -> advisorA;
                case MENTOR -> mentorA;
                case STUDENT -> studentA;
                case ADMIN -> admin;
            };
        }
    }
}
