package com.smartpick.advising.feedback;

import static com.smartpick.advising.jooq.Tables.FEEDBACK;

import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {

    private static final People PEOPLE = People.as("person");

    private final DSLContext db;
    private final StudentAccess access;

    FeedbackRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    /**
     * The feedback a viewer may read: of the students they may see, and staff-only feedback only for staff and never
     * about themself (a mentor who is also a student still never reads staff notes on their own file). This one
     * condition serves every read, so no route can skip it.
     */
    private Condition readable(Viewer viewer) {
        Condition staffRead = viewer.hasAny(Role.ADVISOR, Role.MENTOR, Role.ADMIN)
                ? FEEDBACK.STUDENT_ID.ne(viewer.personId()) : DSL.falseCondition();
        return access.students(viewer, FEEDBACK.STUDENT_ID)
                .and(FEEDBACK.VISIBILITY.eq(FeedbackVisibility.STUDENT.name()).or(staffRead));
    }

    List<Feedback> find(Viewer viewer, Condition which) {
        return db.select(FEEDBACK.fields()).select(PEOPLE.displayName()).from(FEEDBACK)
                .join(PEOPLE.table()).on(PEOPLE.id().eq(FEEDBACK.AUTHOR_ID))
                .where(which).and(readable(viewer))
                .orderBy(FEEDBACK.CREATED_AT.desc(), FEEDBACK.ID.desc())
                .fetch(FeedbackRepository::feedback);
    }

    long insert(long studentId, long authorId, FeedbackAbout about, @Nullable Long subjectId, FeedbackVisibility visibility,
            String body) {
        return db.insertInto(FEEDBACK).set(FEEDBACK.STUDENT_ID, studentId).set(FEEDBACK.AUTHOR_ID, authorId)
                .set(FEEDBACK.ABOUT, about.name())
                .set(FEEDBACK.RECORD_ID, about == FeedbackAbout.RECORD ? subjectId : null)
                .set(FEEDBACK.STATEMENT_ID, about == FeedbackAbout.STATEMENT ? subjectId : null)
                .set(FEEDBACK.VISIBILITY, visibility.name()).set(FEEDBACK.BODY, body)
                .returning(FEEDBACK.ID).fetchSingle(FEEDBACK.ID);
    }

    /** The student of general feedback: the id itself, if it names a student the viewer may see. */
    Optional<Long> student(Viewer viewer, long studentId) {
        return db.select(PEOPLE.id()).from(PEOPLE.table()).where(PEOPLE.id().eq(studentId)).and(PEOPLE.isStudent())
                .and(access.students(viewer, PEOPLE.id())).fetchOptional(PEOPLE.id());
    }

    static Condition onRecord(long recordId) {
        return FEEDBACK.RECORD_ID.eq(recordId);
    }

    static Condition onStatement(long statementId) {
        return FEEDBACK.STATEMENT_ID.eq(statementId);
    }

    static Condition aboutStudent(long studentId) {
        return FEEDBACK.STUDENT_ID.eq(studentId);
    }

    static Condition generalAbout(long studentId) {
        return FEEDBACK.STUDENT_ID.eq(studentId).and(FEEDBACK.ABOUT.eq(FeedbackAbout.GENERAL.name()));
    }

    private static Feedback feedback(Record r) {
        FeedbackAbout about = FeedbackAbout.valueOf(r.get(FEEDBACK.ABOUT));
        Long subject = switch (about) {
            case RECORD -> r.get(FEEDBACK.RECORD_ID);
            case STATEMENT -> r.get(FEEDBACK.STATEMENT_ID);
            case GENERAL -> null;
        };
        return new Feedback(r.get(FEEDBACK.ID), r.get(FEEDBACK.STUDENT_ID), r.get(PEOPLE.displayName()), about, subject,
                FeedbackVisibility.valueOf(r.get(FEEDBACK.VISIBILITY)), r.get(FEEDBACK.BODY),
                r.get(FEEDBACK.CREATED_AT).toInstant());
    }

}
