package com.smartpick.advising.standalone.demo;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_TRANSITION;
import static com.smartpick.advising.jooq.Tables.FEEDBACK;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.NOTIFICATION;
import static com.smartpick.advising.jooq.Tables.PERSON;
import static com.smartpick.advising.jooq.Tables.PERSONAL_STATEMENT;

import com.smartpick.advising.base.Rows;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Demo experience records for the first demo students, in every state: verified hands-on US rotations, observerships,
 * records waiting for review for more than a week, returned ones with the reviewer's message, drafts; feedback of
 * both visibilities, personal-statement drafts and inbox messages. Invented institutions and people.
 */
final class ExperienceDemoData {

    private static final String[][] US_SITES = {
            {"Mercy Regional Medical Center", "Chicago", "IL", "ACADEMIC"},
            {"St. Agnes Community Hospital", "Baltimore", "MD", "COMMUNITY"},
            {"Lakeside University Hospital", "Cleveland", "OH", "ACADEMIC"},
            {"Valley Family Health Clinic", "Fresno", "CA", "RURAL_CLINIC"},
            {"Harbor View Behavioral Health", "Seattle", "WA", "SPECIALIZED_FACILITY"},
            {"Brookside Medical Group", "Houston", "TX", "COMMUNITY"}};
    private static final String[] SUPERVISORS = {"Dr. Maria Delgado", "Dr. James Whitfield", "Dr. Aisha Bello",
            "Dr. Robert Klein", "Dr. Hannah Cho"};

    private final DSLContext db;
    private final LocalDate today = LocalDate.now();
    private final OffsetDateTime now = OffsetDateTime.now();

    ExperienceDemoData(DSLContext db) {
        this.db = db;
    }

    void load(List<Long> students) {
        Random random = new Random(3);
        for (int i = 0; i < Math.min(12, students.size()); i++) {
            long student = students.get(i);
            Long mentor = db.select(MENTOR_ASSIGNMENT.MENTOR_ID).from(MENTOR_ASSIGNMENT)
                    .where(MENTOR_ASSIGNMENT.STUDENT_ID.eq(student)).limit(1).fetchOne(MENTOR_ASSIGNMENT.MENTOR_ID);
            if (mentor == null) {
                continue;
            }
            String specialty = i % 2 == 0 ? "INTERNAL_MEDICINE" : "FAMILY_MEDICINE";
            long verified = record(student, 0, "CLINICAL_ROTATION", true, specialty, today.minusMonths(14), 8);
            review(verified, student, mentor, "VERIFIED", 380, null);
            long observed = record(student, 1 + random.nextInt(5), "OBSERVERSHIP", false, specialty, today.minusMonths(10), 4);
            review(observed, student, mentor, "VERIFIED", 250, null);
            if (i % 3 != 2) {
                long waiting = record(student, 2 + random.nextInt(4), "EXTERNSHIP", true, specialty, today.minusMonths(5), 4);
                submit(waiting, student, 8 + random.nextInt(10));
            }
            if (i < 2 || i % 4 == 1) {
                long returned = record(student, 3, "CLINICAL_WORK", true, "PSYCHIATRY", today.minusMonths(3), 2);
                review(returned, student, mentor, "CHANGES_REQUESTED", 2,
                        "Please add your supervisor's e-mail and the EHR you used, then submit again.");
            }
            if (i < 2) {
                long recent = record(student, 5, "CLINICAL_ROTATION", true, specialty, today.minusMonths(2), 1);
                submit(recent, student, 2);
                record(student, 4, "RESEARCH", false, specialty, today.minusMonths(1), 1);
                statements(student, mentor);
                feedback(student, mentor, "GENERAL", null, "STAFF_ONLY",
                        "Step 2 CK is solid; letters are the gap. Push for a US letter from the Mercy rotation.");
                feedback(student, mentor, "GENERAL", null, "STUDENT",
                        "Good progress this month. Ask Dr. Delgado for a letter before the rotation ends.");
                feedback(student, mentor, "RECORD", verified, "STUDENT", "Excellent rotation: this is the one to list first in ERAS.");
            }
        }
    }

    private long record(long student, int site, String type, boolean handsOn, String specialty, LocalDate start, int months) {
        String[] s = US_SITES[site % US_SITES.length];
        LocalDate end = start.plusMonths(months).minusDays(1);
        return db.insertInto(EXPERIENCE_RECORD)
                .set(EXPERIENCE_RECORD.STUDENT_ID, student)
                .set(EXPERIENCE_RECORD.EXPERIENCE_TYPE, type)
                .set(EXPERIENCE_RECORD.HANDS_ON, handsOn)
                .set(EXPERIENCE_RECORD.INSTITUTION, s[0])
                .set(EXPERIENCE_RECORD.DEPARTMENT, "Department of " + ("PSYCHIATRY".equals(specialty) ? "Psychiatry"
                        : "INTERNAL_MEDICINE".equals(specialty) ? "Medicine" : "Family Medicine"))
                .set(EXPERIENCE_RECORD.CITY, s[1]).set(EXPERIENCE_RECORD.STATE, s[2]).set(EXPERIENCE_RECORD.COUNTRY, "US")
                .set(EXPERIENCE_RECORD.SETTING, s[3])
                .set(EXPERIENCE_RECORD.SPECIALTY, specialty)
                .set(EXPERIENCE_RECORD.START_DATE, start)
                .set(EXPERIENCE_RECORD.END_DATE, end.isAfter(today) ? today : end)
                .set(EXPERIENCE_RECORD.HOURS_PER_WEEK, handsOn ? 40 : 24)
                .set(EXPERIENCE_RECORD.SUPERVISOR_NAME, SUPERVISORS[site % SUPERVISORS.length])
                .set(EXPERIENCE_RECORD.SUPERVISOR_TITLE, "Attending physician")
                .set(EXPERIENCE_RECORD.TASKS, handsOn ? "Admitted and followed patients, wrote progress notes, presented on rounds"
                        : "Observed clinic visits and rounds; case discussions with the attending")
                .set(EXPERIENCE_RECORD.PROCEDURES, handsOn ? "Venipuncture, arterial blood gas, ECG interpretation" : null)
                .set(EXPERIENCE_RECORD.EHR_SYSTEMS, handsOn ? new String[] {"Epic"} : new String[] {})
                .set(EXPERIENCE_RECORD.TRAININGS, new String[] {"BLS", "ACLS"})
                .set(EXPERIENCE_RECORD.CREATED_AT, start.atStartOfDay().atOffset(now.getOffset()))
                .returning(EXPERIENCE_RECORD.ID).fetchSingle(EXPERIENCE_RECORD.ID);
    }

    private void submit(long record, long student, int daysAgo) {
        OffsetDateTime at = now.minusDays(daysAgo);
        Rows.one(db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.STATUS, "SUBMITTED").set(EXPERIENCE_RECORD.SUBMITTED_AT, at)
                .where(EXPERIENCE_RECORD.ID.eq(record)));
        transition(record, null, "DRAFT", student, at.minusDays(1), null);
        transition(record, "DRAFT", "SUBMITTED", student, at, null);
    }

    private void review(long record, long student, long mentor, String outcome, int daysAgo, @Nullable String note) {
        submit(record, student, daysAgo + 3);
        OffsetDateTime at = now.minusDays(daysAgo);
        Rows.one(db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.STATUS, outcome).set(EXPERIENCE_RECORD.REVIEWED_AT, at)
                .set(EXPERIENCE_RECORD.REVIEWED_BY, mentor).where(EXPERIENCE_RECORD.ID.eq(record)));
        transition(record, "SUBMITTED", outcome, mentor, at, note);
        String mentorName = db.select(PERSON.DISPLAY_NAME).from(PERSON).where(PERSON.ID.eq(mentor)).fetchSingle(PERSON.DISPLAY_NAME);
        if (note != null) {
            feedback(student, mentor, "RECORD", record, "STUDENT", note);
        }
        db.insertInto(NOTIFICATION).set(NOTIFICATION.RECIPIENT_ID, student)
                .set(NOTIFICATION.KIND, note == null ? "experience.verified" : "feedback")
                .set(NOTIFICATION.MESSAGE, note == null ? mentorName + " verified one of your experience records."
                        : mentorName + " asked for changes to one of your records: " + note)
                .set(NOTIFICATION.SUBJECT_TYPE, "experience").set(NOTIFICATION.SUBJECT_ID, record)
                .set(NOTIFICATION.CREATED_AT, at).set(NOTIFICATION.READ_AT, daysAgo > 30 ? at.plusDays(1) : null)
                .execute();
    }

    private void transition(long record, @Nullable String from, String to, long actor, OffsetDateTime at, @Nullable String note) {
        db.insertInto(EXPERIENCE_TRANSITION).set(EXPERIENCE_TRANSITION.RECORD_ID, record)
                .set(EXPERIENCE_TRANSITION.FROM_STATUS, from).set(EXPERIENCE_TRANSITION.TO_STATUS, to)
                .set(EXPERIENCE_TRANSITION.ACTOR_ID, actor).set(EXPERIENCE_TRANSITION.AT, at)
                .set(EXPERIENCE_TRANSITION.NOTE, note).execute();
    }

    private void feedback(long student, long author, String about, @Nullable Long record, String visibility, String body) {
        db.insertInto(FEEDBACK).set(FEEDBACK.STUDENT_ID, student).set(FEEDBACK.AUTHOR_ID, author)
                .set(FEEDBACK.ABOUT, about).set(FEEDBACK.RECORD_ID, record).set(FEEDBACK.VISIBILITY, visibility)
                .set(FEEDBACK.BODY, body).execute();
    }

    private void statements(long student, long mentor) {
        long first = db.insertInto(PERSONAL_STATEMENT).set(PERSONAL_STATEMENT.STUDENT_ID, student)
                .set(PERSONAL_STATEMENT.TITLE, "Internal Medicine · version 2")
                .set(PERSONAL_STATEMENT.BODY, "The night I first managed a patient in diabetic ketoacidosis on my own, "
                        + "I understood why internal medicine asks for both patience and speed.\n\nDuring my rotation "
                        + "at Mercy Regional Medical Center I learned how a US team works…")
                .returning(PERSONAL_STATEMENT.ID).fetchSingle(PERSONAL_STATEMENT.ID);
        db.insertInto(PERSONAL_STATEMENT).set(PERSONAL_STATEMENT.STUDENT_ID, student)
                .set(PERSONAL_STATEMENT.TITLE, "Family Medicine · first draft")
                .set(PERSONAL_STATEMENT.BODY, "Growing up in a town with one clinic…").execute();
        db.insertInto(FEEDBACK).set(FEEDBACK.STUDENT_ID, student).set(FEEDBACK.AUTHOR_ID, mentor)
                .set(FEEDBACK.ABOUT, "STATEMENT").set(FEEDBACK.STATEMENT_ID, first).set(FEEDBACK.VISIBILITY, "STUDENT")
                .set(FEEDBACK.BODY, "Strong opening. Cut the second paragraph by half and end with what you bring to a team.")
                .execute();
        db.insertInto(FEEDBACK).set(FEEDBACK.STUDENT_ID, student).set(FEEDBACK.AUTHOR_ID, mentor)
                .set(FEEDBACK.ABOUT, "STATEMENT").set(FEEDBACK.STATEMENT_ID, first).set(FEEDBACK.VISIBILITY, "STAFF_ONLY")
                .set(FEEDBACK.BODY, "Reads generic in places; worth a session with the writing advisor.").execute();
    }
}
