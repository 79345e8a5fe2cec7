package com.smartpick.advising.cohort;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;

import org.jooq.DSLContext;

/** What {@code ModulesTest}'s ownership rule is there to refuse: the cohort feature counting experience records itself. */
public class Trespasser {

    public int recordsOf(DSLContext db, long studentId) {
        return db.fetchCount(EXPERIENCE_RECORD, EXPERIENCE_RECORD.STUDENT_ID.eq(studentId)
                .and(EXPERIENCE_RECORD.STUDENT_ID.in(db.select(ENROLLMENT.STUDENT_ID).from(ENROLLMENT))));
    }
}
