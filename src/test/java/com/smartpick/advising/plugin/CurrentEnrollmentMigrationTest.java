package com.smartpick.advising.plugin;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V14: a student has at most one current enrollment (ACTIVE in a cohort that is not archived), held by an index
 * whatever writes the rows. Each case starts from a fresh database migrated to V13, as the old rule left it.
 */
class CurrentEnrollmentMigrationTest extends MigrationCase {

    static final OffsetDateTime FIRST = OffsetDateTime.parse("2026-09-01T10:00:00Z");

    DataSource database;
    DSLContext db;

    @BeforeEach
    void databaseBeforeTheRule() {
        database = databaseAt("13");
        db = sql(database);
    }

    @Test
    void a_student_taken_into_a_second_live_cohort_keeps_the_first_and_the_repair_is_audited() {
        long taken = person("Taken");
        long other = person("Other student");
        long left = person("Left earlier");
        long mentor = person("Mentor");
        long first = cohort("First", false);
        long second = cohort("Second", false);
        long archived = cohort("Archived", true);
        enroll(first, taken, "ACTIVE", FIRST);
        enroll(second, taken, "ACTIVE", FIRST.plusDays(30));
        enroll(archived, taken, "ACTIVE", FIRST.minusYears(1));
        enroll(first, other, "ACTIVE", FIRST.plusDays(40));
        enroll(second, left, "WITHDRAWN", FIRST);
        assign(second, taken, mentor);
        assign(first, other, mentor);
        assign(second, left, mentor);

        migrateToLatest(database);

        assertThat(status(first, taken)).isEqualTo("ACTIVE");
        assertThat(status(second, taken)).isEqualTo("WITHDRAWN");
        // an archived cohort's enrollment is no current one: history, left as it was
        assertThat(status(archived, taken)).isEqualTo("ACTIVE");
        assertThat(status(first, other)).isEqualTo("ACTIVE");
        assertThat(db.select(MENTOR_ASSIGNMENT.COHORT_ID, MENTOR_ASSIGNMENT.STUDENT_ID).from(MENTOR_ASSIGNMENT)
                .fetch(r -> r.value1() + "/" + r.value2())).containsExactly(first + "/" + other);
        assertThat(db.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.STUDENT_ID, AUDIT_EVENT.SUBJECT_ID).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.ID).fetch(r -> r.value1() + " " + r.value2() + " " + r.value3()))
                .containsExactlyInAnyOrder("cohort.withdraw " + taken + " " + second,
                        "cohort.unassign_mentor " + taken + " " + second, "cohort.unassign_mentor " + left + " " + second);
    }

    @Test
    void the_index_holds_the_rule_for_every_writer_and_the_archived_flag_follows_the_cohort() {
        migrateToLatest(database);
        long student = person("Student");
        long first = cohort("First", false);
        long second = cohort("Second", false);
        enroll(first, student, "ACTIVE", FIRST);

        assertThatThrownBy(() -> enroll(second, student, "ACTIVE", FIRST)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("enrollment_one_current_uq");

        db.update(COHORT).set(COHORT.ARCHIVED, true).where(COHORT.ID.eq(first)).execute();
        assertThat(archivedFlag(first, student)).isTrue();
        enroll(second, student, "ACTIVE", FIRST.plusDays(1));
        // restoring the first would make two current enrollments: refused by the same index
        assertThatThrownBy(() -> db.update(COHORT).set(COHORT.ARCHIVED, false).where(COHORT.ID.eq(first)).execute())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("enrollment_one_current_uq");

        // the flag is the cohort's, whatever a statement tries to write into it
        db.update(ENROLLMENT).set(ENROLLMENT.COHORT_ARCHIVED, true)
                .where(ENROLLMENT.COHORT_ID.eq(second)).and(ENROLLMENT.STUDENT_ID.eq(student)).execute();
        assertThat(archivedFlag(second, student)).isFalse();
        long archived = cohort("Archived", true);
        enroll(archived, student, "WITHDRAWN", FIRST);
        assertThat(archivedFlag(archived, student)).isTrue();
    }

    private long person(String name) {
        return db.insertInto(PERSON).set(PERSON.SUBJECT, UUID.randomUUID().toString()).set(PERSON.DISPLAY_NAME, name)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    private long cohort(String name, boolean archived) {
        return db.insertInto(COHORT).set(COHORT.NAME, name).set(COHORT.MATCH_SEASON, "2027 Main Residency Match")
                .set(COHORT.ARCHIVED, archived).returning(COHORT.ID).fetchSingle(COHORT.ID);
    }

    private void enroll(long cohort, long student, String status, OffsetDateTime at) {
        db.insertInto(ENROLLMENT).set(ENROLLMENT.COHORT_ID, cohort).set(ENROLLMENT.STUDENT_ID, student)
                .set(ENROLLMENT.STATUS, status).set(ENROLLMENT.ENROLLED_AT, at).execute();
    }

    private void assign(long cohort, long student, long mentor) {
        db.insertInto(MENTOR_ASSIGNMENT).set(MENTOR_ASSIGNMENT.COHORT_ID, cohort).set(MENTOR_ASSIGNMENT.STUDENT_ID, student)
                .set(MENTOR_ASSIGNMENT.MENTOR_ID, mentor).execute();
    }

    private String status(long cohort, long student) {
        return db.select(ENROLLMENT.STATUS).from(ENROLLMENT)
                .where(ENROLLMENT.COHORT_ID.eq(cohort)).and(ENROLLMENT.STUDENT_ID.eq(student)).fetchSingle(ENROLLMENT.STATUS);
    }

    private boolean archivedFlag(long cohort, long student) {
        return db.select(ENROLLMENT.COHORT_ARCHIVED).from(ENROLLMENT)
                .where(ENROLLMENT.COHORT_ID.eq(cohort)).and(ENROLLMENT.STUDENT_ID.eq(student))
                .fetchSingle(ENROLLMENT.COHORT_ARCHIVED);
    }
}
