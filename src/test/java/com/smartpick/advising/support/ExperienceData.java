package com.smartpick.advising.support;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;

import com.smartpick.advising.security.Viewer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Experience records written straight into the real schema, in any state, for queries over them. */
public final class ExperienceData {

    private final DSLContext db;

    public ExperienceData(DSLContext db) {
        this.db = db;
    }

    /** A hands-on clinical rotation in the US in the given state; submitted (and reviewed) {@code submittedDaysAgo}. */
    public long record(Viewer student, String status, boolean handsOn, String country, LocalDate start,
            @Nullable LocalDate end, int submittedDaysAgo) {
        OffsetDateTime submitted = status.equals("DRAFT") ? null : OffsetDateTime.now(ZoneOffset.UTC).minusDays(submittedDaysAgo);
        boolean reviewed = status.equals("VERIFIED") || status.equals("CHANGES_REQUESTED");
        return db.insertInto(EXPERIENCE_RECORD)
                .set(EXPERIENCE_RECORD.STUDENT_ID, student.personId())
                .set(EXPERIENCE_RECORD.STATUS, status)
                .set(EXPERIENCE_RECORD.EXPERIENCE_TYPE, handsOn ? "CLINICAL_ROTATION" : "OBSERVERSHIP")
                .set(EXPERIENCE_RECORD.HANDS_ON, handsOn)
                .set(EXPERIENCE_RECORD.INSTITUTION, "Mercy General Hospital")
                .set(EXPERIENCE_RECORD.DEPARTMENT, "Internal Medicine")
                .set(EXPERIENCE_RECORD.CITY, "Chicago")
                .set(EXPERIENCE_RECORD.STATE, country.equals("US") ? "IL" : null)
                .set(EXPERIENCE_RECORD.COUNTRY, country)
                .set(EXPERIENCE_RECORD.SETTING, "ACADEMIC")
                .set(EXPERIENCE_RECORD.SPECIALTY, "INTERNAL_MEDICINE")
                .set(EXPERIENCE_RECORD.START_DATE, start)
                .set(EXPERIENCE_RECORD.END_DATE, end)
                .set(EXPERIENCE_RECORD.ONGOING, end == null)
                .set(EXPERIENCE_RECORD.HOURS_PER_WEEK, 40)
                .set(EXPERIENCE_RECORD.SUPERVISOR_NAME, "Dr. Jane Doe")
                .set(EXPERIENCE_RECORD.TASKS, "Admitted and followed patients on the wards; presented on rounds.")
                .set(EXPERIENCE_RECORD.SUBMITTED_AT, submitted)
                .set(EXPERIENCE_RECORD.REVIEWED_AT, reviewed ? submitted : null)
                .returning(EXPERIENCE_RECORD.ID).fetchSingle(EXPERIENCE_RECORD.ID);
    }

    /** A later verified revision replaces {@code older}, which stays as it was. */
    public void supersede(long older, long newer) {
        db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.SUPERSEDED_BY, newer).set(EXPERIENCE_RECORD.REVISION_OF, (Long) null)
                .where(EXPERIENCE_RECORD.ID.eq(older)).execute();
        db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.REVISION_OF, older).where(EXPERIENCE_RECORD.ID.eq(newer)).execute();
    }
}
