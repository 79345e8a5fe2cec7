package com.smartpick.advising.experience;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;

import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackSubject;
import com.smartpick.advising.security.Viewer;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Experience records as what feedback is about. */
@Component
class RecordsAsFeedbackSubject implements FeedbackSubject {

    private final DSLContext db;
    private final StudentAccess access;

    RecordsAsFeedbackSubject(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public FeedbackAbout about() {
        return FeedbackAbout.RECORD;
    }

    @Override
    public Optional<Long> studentOf(Viewer viewer, long recordId) {
        return db.select(EXPERIENCE_RECORD.STUDENT_ID).from(EXPERIENCE_RECORD)
                .where(EXPERIENCE_RECORD.ID.eq(recordId)).and(access.students(viewer, EXPERIENCE_RECORD.STUDENT_ID))
                .fetchOptional(EXPERIENCE_RECORD.STUDENT_ID);
    }
}
