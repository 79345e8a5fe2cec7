package com.smartpick.advising.plugin;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_TRANSITION;
import static com.smartpick.advising.jooq.Tables.FEEDBACK;
import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * V12 repairs the review notes that one bug copied onto every transition of every record. Each case starts from a
 * fresh database migrated to V10, writes the history the bug left behind, and then migrates to the latest version.
 */
class ReviewNoteRepairTest extends MigrationCase {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-20T10:00:00Z");
    static final String LAST_WRITTEN = "Dates please: the end date is missing.";

    DataSource database;
    DSLContext db;
    long mentor;

    @BeforeEach
    void databaseBeforeTheRepair() {
        database = databaseAt("10");
        db = sql(database);
        mentor = person("Mentor");
    }

    @Test
    void each_change_request_gets_its_own_words_back_and_every_other_note_is_cleared() {
        long studentA = person("Student A");
        long studentB = person("Student B");
        long returnedA = record(studentA);
        long returnedB = record(studentB);
        long verifiedA = record(studentA);
        long demoLike = record(studentB);
        long noFeedback = record(studentA);

        Map<Long, Long> changeRequests = new LinkedHashMap<>();
        changeRequests.put(returnedA, reviewed(returnedA, studentA, "CHANGES_REQUESTED", NOW.minusDays(3)));
        feedback(returnedA, studentA, "Add your supervisor's e-mail.", NOW.minusDays(3).minus(Duration.ofMillis(4)));
        changeRequests.put(returnedB, reviewed(returnedB, studentB, "CHANGES_REQUESTED", NOW.minusDays(1)));
        feedback(returnedB, studentB, LAST_WRITTEN, NOW.minusDays(1).minus(Duration.ofMillis(3)));
        // an ordinary comment on the same record two days later is not the request's text
        feedback(returnedB, studentB, "Thanks, that reads well now.", NOW.plusDays(1));
        reviewed(verifiedA, studentA, "VERIFIED", NOW.minusDays(2));
        // the demo data wrote its change request two days back and the feedback at load time
        changeRequests.put(demoLike, reviewed(demoLike, studentB, "CHANGES_REQUESTED", NOW.minusDays(5)));
        feedback(demoLike, studentB, "Name the department.", NOW);
        changeRequests.put(noFeedback, reviewed(noFeedback, studentA, "CHANGES_REQUESTED", NOW.minusDays(4)));
        // what the bug left: the last note written, on every transition in the database
        db.update(EXPERIENCE_TRANSITION).set(EXPERIENCE_TRANSITION.NOTE, LAST_WRITTEN).execute();

        migrateToLatest(database);

        assertThat(note(changeRequests.get(returnedA))).isEqualTo("Add your supervisor's e-mail.");
        assertThat(note(changeRequests.get(returnedB))).isEqualTo(LAST_WRITTEN);
        assertThat(note(changeRequests.get(demoLike))).isEqualTo("Name the department.");
        assertThat(note(changeRequests.get(noFeedback))).isNull();
        assertThat(db.fetchCount(EXPERIENCE_TRANSITION, EXPERIENCE_TRANSITION.NOTE.isNotNull()
                .and(EXPERIENCE_TRANSITION.ID.notIn(changeRequests.values())))).isZero();
        assertThat(db.select(AUDIT_EVENT.DETAIL).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("experience.repair_notes"))
                .fetchSingle(AUDIT_EVENT.DETAIL)).contains("2 change requests got their own text back", "1 by pairing");
    }

    @Test
    void a_database_the_bug_never_touched_is_left_as_it_was() {
        long student = person("Student");
        long returned = record(student);
        long request = reviewed(returned, student, "CHANGES_REQUESTED", NOW.minusDays(5));
        db.update(EXPERIENCE_TRANSITION).set(EXPERIENCE_TRANSITION.NOTE, "Name the department.")
                .where(EXPERIENCE_TRANSITION.ID.eq(request)).execute();
        // no feedback to match it: the repair, had it run, would have cleared this note
        String before = db.selectFrom(EXPERIENCE_TRANSITION).orderBy(EXPERIENCE_TRANSITION.ID).fetch().formatCSV();

        migrateToLatest(database);

        assertThat(db.selectFrom(EXPERIENCE_TRANSITION).orderBy(EXPERIENCE_TRANSITION.ID).fetch().formatCSV())
                .isEqualTo(before);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("experience.repair_notes"))).isZero();
    }

    private long person(String name) {
        return db.insertInto(PERSON).set(PERSON.SUBJECT, UUID.randomUUID().toString()).set(PERSON.DISPLAY_NAME, name)
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }

    private long record(long student) {
        long id = db.insertInto(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.STUDENT_ID, student)
                .set(EXPERIENCE_RECORD.EXPERIENCE_TYPE, "CLINICAL_ROTATION").set(EXPERIENCE_RECORD.HANDS_ON, true)
                .set(EXPERIENCE_RECORD.INSTITUTION, "Mercy Hospital").set(EXPERIENCE_RECORD.CITY, "Chicago")
                .set(EXPERIENCE_RECORD.STATE, "IL").set(EXPERIENCE_RECORD.COUNTRY, "US")
                .set(EXPERIENCE_RECORD.SETTING, "COMMUNITY").set(EXPERIENCE_RECORD.SPECIALTY, "INTERNAL_MEDICINE")
                .set(EXPERIENCE_RECORD.START_DATE, LocalDate.of(2026, 3, 1)).set(EXPERIENCE_RECORD.END_DATE, LocalDate.of(2026, 4, 1))
                .set(EXPERIENCE_RECORD.HOURS_PER_WEEK, 40).set(EXPERIENCE_RECORD.SUPERVISOR_NAME, "Dr. Lee")
                .returning(EXPERIENCE_RECORD.ID).fetchSingle(EXPERIENCE_RECORD.ID);
        transition(id, null, "DRAFT", student, NOW.minusDays(10));
        transition(id, "DRAFT", "SUBMITTED", student, NOW.minusDays(9));
        return id;
    }

    /** @return the id of the reviewer's transition */
    private long reviewed(long record, long student, String outcome, OffsetDateTime at) {
        db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.STATUS, outcome).set(EXPERIENCE_RECORD.SUBMITTED_AT, at.minusDays(1))
                .set(EXPERIENCE_RECORD.REVIEWED_AT, at).set(EXPERIENCE_RECORD.REVIEWED_BY, mentor)
                .where(EXPERIENCE_RECORD.ID.eq(record).and(EXPERIENCE_RECORD.STUDENT_ID.eq(student))).execute();
        return transition(record, "SUBMITTED", outcome, mentor, at);
    }

    private long transition(long record, @Nullable String from, String to, long actor, OffsetDateTime at) {
        return db.insertInto(EXPERIENCE_TRANSITION).set(EXPERIENCE_TRANSITION.RECORD_ID, record)
                .set(EXPERIENCE_TRANSITION.FROM_STATUS, from).set(EXPERIENCE_TRANSITION.TO_STATUS, to)
                .set(EXPERIENCE_TRANSITION.ACTOR_ID, actor).set(EXPERIENCE_TRANSITION.AT, at)
                .returning(EXPERIENCE_TRANSITION.ID).fetchSingle(EXPERIENCE_TRANSITION.ID);
    }

    private void feedback(long record, long student, String body, OffsetDateTime at) {
        db.insertInto(FEEDBACK).set(FEEDBACK.STUDENT_ID, student).set(FEEDBACK.AUTHOR_ID, mentor)
                .set(FEEDBACK.ABOUT, "RECORD").set(FEEDBACK.RECORD_ID, record).set(FEEDBACK.VISIBILITY, "STUDENT")
                .set(FEEDBACK.BODY, body).set(FEEDBACK.CREATED_AT, at).execute();
    }

    private @Nullable String note(long transition) {
        return db.select(EXPERIENCE_TRANSITION.NOTE).from(EXPERIENCE_TRANSITION)
                .where(EXPERIENCE_TRANSITION.ID.eq(transition)).fetchSingle(EXPERIENCE_TRANSITION.NOTE);
    }
}
