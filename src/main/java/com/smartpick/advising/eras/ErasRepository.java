package com.smartpick.advising.eras;

import static com.smartpick.advising.jooq.Tables.ERAS_ENTRY;
import static com.smartpick.advising.jooq.Tables.ERAS_SELECTION;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ErasRepository {

    private static final People PEOPLE = People.as("person");

    private final DSLContext db;
    private final StudentAccess access;

    ErasRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    Optional<String> studentName(long studentId, Viewer viewer) {
        return db.select(PEOPLE.displayName()).from(PEOPLE.table())
                .where(PEOPLE.id().eq(studentId)).and(PEOPLE.isStudent())
                .and(access.students(viewer, PEOPLE.id()))
                .fetchOptional(PEOPLE.displayName());
    }



    /** -1 when the student's selection was never saved. */
    int version(long studentId) {
        return db.select(ERAS_SELECTION.VERSION).from(ERAS_SELECTION).where(ERAS_SELECTION.STUDENT_ID.eq(studentId))
                .fetchOptional(ERAS_SELECTION.VERSION).orElse(-1);
    }

    /** The student's entries as saved, in their order: each names the record it was chosen as. */
    List<SavedEntry> entries(long studentId, Viewer viewer) {
        return db.select(ERAS_ENTRY.RECORD_ID, ERAS_ENTRY.DESCRIPTION, ERAS_ENTRY.MOST_MEANINGFUL, ERAS_ENTRY.MEANINGFUL_NOTE)
                .from(ERAS_ENTRY)
                .where(ERAS_ENTRY.STUDENT_ID.eq(studentId)).and(access.students(viewer, ERAS_ENTRY.STUDENT_ID))
                .orderBy(ERAS_ENTRY.POSITION)
                .fetch(r -> new SavedEntry(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    record SavedEntry(long recordId, String description, boolean mostMeaningful, @Nullable String meaningfulNote) {
    }

    /**
     * Takes the selection for this save: creates it when {@code expectedVersion} is -1, else moves its version on.
     *
     * @return false when someone else saved first
     */
    boolean claim(long studentId, int expectedVersion, long by, OffsetDateTime now) {
        if (expectedVersion < 0) {
            return db.insertInto(ERAS_SELECTION).set(ERAS_SELECTION.STUDENT_ID, studentId).set(ERAS_SELECTION.UPDATED_BY, by)
                    .set(ERAS_SELECTION.UPDATED_AT, now).onConflictDoNothing().execute() == 1;
        }
        return Rows.oneOrNone(db.update(ERAS_SELECTION).set(ERAS_SELECTION.VERSION, ERAS_SELECTION.VERSION.plus(1))
                .set(ERAS_SELECTION.UPDATED_BY, by).set(ERAS_SELECTION.UPDATED_AT, now)
                .where(ERAS_SELECTION.STUDENT_ID.eq(studentId)).and(ERAS_SELECTION.VERSION.eq(expectedVersion)));
    }

    void replaceEntries(long studentId, List<ErasEntryInput> entries) {
        Rows.atMost(ErasLimits.MAX_ENTRIES, db.deleteFrom(ERAS_ENTRY).where(ERAS_ENTRY.STUDENT_ID.eq(studentId)));
        if (entries.isEmpty()) {
            return;
        }
        var insert = db.insertInto(ERAS_ENTRY, ERAS_ENTRY.STUDENT_ID, ERAS_ENTRY.POSITION, ERAS_ENTRY.RECORD_ID,
                ERAS_ENTRY.DESCRIPTION, ERAS_ENTRY.MOST_MEANINGFUL, ERAS_ENTRY.MEANINGFUL_NOTE);
        for (int i = 0; i < entries.size(); i++) {
            ErasEntryInput e = entries.get(i);
            insert = insert.values(studentId, i + 1, e.recordId(), e.description(), e.mostMeaningful(),
                    e.mostMeaningful() ? e.meaningfulNote() : null);
        }
        insert.execute();
    }


}
