package com.smartpick.advising.statement;

import static com.smartpick.advising.jooq.Tables.PERSONAL_STATEMENT;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.jooq.tables.records.PersonalStatementRecord;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class StatementRepository {

    private static final People STUDENT = People.as("student");

    private final DSLContext db;
    private final StudentAccess access;

    StatementRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    /**
     * The drafts a viewer may read: their own, and of the students they may see those the student shared. The one
     * condition of every read (the feedback on a draft asks it too), so an unshared draft reaches no staff by any route.
     */
    private Condition readable(Viewer viewer) {
        return access.students(viewer, PERSONAL_STATEMENT.STUDENT_ID)
                .and(PERSONAL_STATEMENT.STUDENT_ID.eq(viewer.personId()).or(PERSONAL_STATEMENT.SHARED_AT.isNotNull()));
    }

    private SelectConditionStep<Record> select(Viewer viewer) {
        return db.select(PERSONAL_STATEMENT.fields()).select(STUDENT.displayName()).from(PERSONAL_STATEMENT)
                .join(STUDENT.table()).on(STUDENT.id().eq(PERSONAL_STATEMENT.STUDENT_ID))
                .where(readable(viewer));
    }

    List<PersonalStatement> of(long studentId, Viewer viewer) {
        return select(viewer).and(PERSONAL_STATEMENT.STUDENT_ID.eq(studentId))
                .orderBy(PERSONAL_STATEMENT.UPDATED_AT.desc(), PERSONAL_STATEMENT.ID.desc())
                .fetch(StatementRepository::statement);
    }

    Optional<PersonalStatement> find(long id, Viewer viewer) {
        return select(viewer).and(PERSONAL_STATEMENT.ID.eq(id))
                .fetchOptional(StatementRepository::statement);
    }

    long insert(long studentId, String title, String body) {
        return db.insertInto(PERSONAL_STATEMENT).set(PERSONAL_STATEMENT.STUDENT_ID, studentId)
                .set(PERSONAL_STATEMENT.TITLE, title).set(PERSONAL_STATEMENT.BODY, body)
                .returning(PERSONAL_STATEMENT.ID).fetchSingle(PERSONAL_STATEMENT.ID);
    }

    /** @return false when the row's version moved on since it was read */
    boolean update(long id, int expectedVersion, String title, String body, OffsetDateTime now) {
        return Rows.oneOrNone(db.update(PERSONAL_STATEMENT).set(PERSONAL_STATEMENT.TITLE, title).set(PERSONAL_STATEMENT.BODY, body)
                .set(PERSONAL_STATEMENT.UPDATED_AT, now)
                .set(PERSONAL_STATEMENT.VERSION, PERSONAL_STATEMENT.VERSION.plus(1))
                .where(PERSONAL_STATEMENT.ID.eq(id)).and(PERSONAL_STATEMENT.VERSION.eq(expectedVersion)));
    }

    /**
     * Shares the student's own draft from {@code since}, or un-shares it (null). The version stays: an editor open in
     * another tab may still save the text.
     *
     * @return false when the draft is not this student's
     */
    boolean share(long id, long studentId, @Nullable OffsetDateTime since) {
        return Rows.oneOrNone(db.update(PERSONAL_STATEMENT).set(PERSONAL_STATEMENT.SHARED_AT, since)
                .where(PERSONAL_STATEMENT.ID.eq(id)).and(PERSONAL_STATEMENT.STUDENT_ID.eq(studentId)));
    }

    private static PersonalStatement statement(Record row) {
        PersonalStatementRecord r = row.into(PERSONAL_STATEMENT);
        return new PersonalStatement(r.getId(), r.getStudentId(), row.get(STUDENT.displayName()), r.getTitle(), r.getBody(),
                r.getUpdatedAt().toInstant(), r.getSharedAt() == null ? null : r.getSharedAt().toInstant(), r.getVersion());
    }
}
