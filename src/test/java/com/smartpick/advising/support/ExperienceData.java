package com.smartpick.advising.support;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;

import com.smartpick.advising.security.Viewer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/** Experience records in any state, hands-on or not, anywhere, any time: for queries over many of them. */
public final class ExperienceData {

    private final DSLContext db;

    public ExperienceData(DSLContext db) {
        this.db = db;
    }

    /**
     * A clinical rotation (hands-on) or an observership, submitted (and reviewed) {@code submittedDaysAgo}; ongoing
     * when {@code end} is null.
     */
    public long record(Viewer student, String status, boolean handsOn, String country, LocalDate start,
            @Nullable LocalDate end, int submittedDaysAgo) {
        long id = Experiences.insert(db, student.personId(), status);
        OffsetDateTime submitted = OffsetDateTime.now(ZoneOffset.UTC).minusDays(submittedDaysAgo);
        db.update(EXPERIENCE_RECORD)
                .set(EXPERIENCE_RECORD.EXPERIENCE_TYPE, handsOn ? "CLINICAL_ROTATION" : "OBSERVERSHIP")
                .set(EXPERIENCE_RECORD.HANDS_ON, handsOn)
                .set(EXPERIENCE_RECORD.DEPARTMENT, "Internal Medicine")
                .set(EXPERIENCE_RECORD.STATE, country.equals("US") ? "IL" : null)
                .set(EXPERIENCE_RECORD.COUNTRY, country)
                .set(EXPERIENCE_RECORD.START_DATE, start)
                .set(EXPERIENCE_RECORD.END_DATE, end)
                .set(EXPERIENCE_RECORD.ONGOING, end == null)
                .set(EXPERIENCE_RECORD.SUPERVISOR_NAME, "Dr. Jane Doe")
                .set(EXPERIENCE_RECORD.TASKS, "Admitted and followed patients on the wards; presented on rounds.")
                .set(EXPERIENCE_RECORD.SUBMITTED_AT, status.equals("DRAFT") ? null : submitted)
                .set(EXPERIENCE_RECORD.REVIEWED_AT, status.equals("VERIFIED") || status.equals("CHANGES_REQUESTED") ? submitted : null)
                .where(EXPERIENCE_RECORD.ID.eq(id)).execute();
        return id;
    }

    /** A later verified revision replaces {@code older}, which stays as it was. */
    public void supersede(long older, long newer) {
        db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.SUPERSEDED_BY, newer).where(EXPERIENCE_RECORD.ID.eq(older)).execute();
        db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.REVISION_OF, older).where(EXPERIENCE_RECORD.ID.eq(newer)).execute();
    }
}
