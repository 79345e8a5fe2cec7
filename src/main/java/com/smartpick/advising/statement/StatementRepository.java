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
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class StatementRepository {

    private static final People PEOPLE = People.as("person");

    private final DSLContext db;
    private final StudentAccess access;

    StatementRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    List<PersonalStatement> of(long studentId, Viewer viewer) {
        return db.selectFrom(PERSONAL_STATEMENT).where(PERSONAL_STATEMENT.STUDENT_ID.eq(studentId))
                .and(access.students(viewer, PERSONAL_STATEMENT.STUDENT_ID))
                .orderBy(PERSONAL_STATEMENT.UPDATED_AT.desc(), PERSONAL_STATEMENT.ID.desc())
                .fetch(StatementRepository::statement);
    }


    Optional<PersonalStatement> find(long id, Viewer viewer) {
        return db.selectFrom(PERSONAL_STATEMENT).where(PERSONAL_STATEMENT.ID.eq(id))
                .and(access.students(viewer, PERSONAL_STATEMENT.STUDENT_ID))
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

    private static PersonalStatement statement(PersonalStatementRecord r) {
        return new PersonalStatement(r.getId(), r.getStudentId(), r.getTitle(), r.getBody(), r.getUpdatedAt().toInstant(),
                r.getVersion());
    }
}
