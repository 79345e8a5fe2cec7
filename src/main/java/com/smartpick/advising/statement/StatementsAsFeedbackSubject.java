package com.smartpick.advising.statement;

import static com.smartpick.advising.jooq.Tables.PERSONAL_STATEMENT;

import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackSubject;
import com.smartpick.advising.security.Viewer;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Personal-statement drafts as what feedback is about. */
@Component
class StatementsAsFeedbackSubject implements FeedbackSubject {

    private final DSLContext db;
    private final StudentAccess access;

    StatementsAsFeedbackSubject(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public FeedbackAbout about() {
        return FeedbackAbout.STATEMENT;
    }

    @Override
    public Optional<Long> studentOf(Viewer viewer, long statementId) {
        return db.select(PERSONAL_STATEMENT.STUDENT_ID).from(PERSONAL_STATEMENT)
                .where(PERSONAL_STATEMENT.ID.eq(statementId)).and(access.students(viewer, PERSONAL_STATEMENT.STUDENT_ID))
                .fetchOptional(PERSONAL_STATEMENT.STUDENT_ID);
    }
}
