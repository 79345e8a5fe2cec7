package com.smartpick.advising.profile;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * A student's saved profile for features that work on a student they have already been let at (SmartPick ranking
 * for a list the viewer may run, an experience summary the viewer may read): it checks nobody and records no
 * disclosure, so it serves figures derived inside those features, never a profile shown as such (that is
 * {@link ProfileService#profileOf}).
 */
@Component
public class StoredProfiles {

    private final DSLContext db;

    StoredProfiles(DSLContext db) {
        this.db = db;
    }

    public Optional<ApplicantProfile> of(long studentId) {
        return db.selectFrom(APPLICANT_PROFILE).where(APPLICANT_PROFILE.STUDENT_ID.eq(studentId))
                .fetchOptional(ProfileRows::profile);
    }
}
