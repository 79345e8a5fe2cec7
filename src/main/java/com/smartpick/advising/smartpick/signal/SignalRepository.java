package com.smartpick.advising.smartpick.signal;

import static com.smartpick.advising.jooq.Tables.PLACED_SIGNAL;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class SignalRepository {

    private final DSLContext db;
    private final StudentAccess access;

    SignalRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }


    List<PlacedSignal> placed(Viewer viewer, long studentId, int matchYear, Specialty specialty) {
        return db.select(PLACED_SIGNAL.ID, PLACED_SIGNAL.PROGRAM_ID, PLACED_SIGNAL.PROGRAM_NAME, PLACED_SIGNAL.TIER)
                .from(PLACED_SIGNAL)
                .where(PLACED_SIGNAL.STUDENT_ID.eq(studentId)).and(PLACED_SIGNAL.MATCH_YEAR.eq(matchYear))
                .and(PLACED_SIGNAL.SPECIALTY.eq(specialty.name()))
                .and(access.students(viewer, PLACED_SIGNAL.STUDENT_ID))
                .orderBy(PLACED_SIGNAL.TIER, PLACED_SIGNAL.PROGRAM_NAME, PLACED_SIGNAL.ID)
                .fetch(r -> new PlacedSignal(r.value1(), r.value2(), r.value3(), SignalTier.valueOf(r.value4())));
    }

    boolean signaled(long studentId, int matchYear, String programId) {
        return db.fetchExists(PLACED_SIGNAL, PLACED_SIGNAL.STUDENT_ID.eq(studentId)
                .and(PLACED_SIGNAL.MATCH_YEAR.eq(matchYear)).and(PLACED_SIGNAL.PROGRAM_ID.eq(programId)));
    }

    long insert(long studentId, int matchYear, Specialty specialty, String programId, String programName,
            SignalTier tier, long placedBy) {
        return db.insertInto(PLACED_SIGNAL)
                .set(PLACED_SIGNAL.STUDENT_ID, studentId).set(PLACED_SIGNAL.MATCH_YEAR, matchYear)
                .set(PLACED_SIGNAL.SPECIALTY, specialty.name()).set(PLACED_SIGNAL.PROGRAM_ID, programId)
                .set(PLACED_SIGNAL.PROGRAM_NAME, programName).set(PLACED_SIGNAL.TIER, tier.name())
                .set(PLACED_SIGNAL.PLACED_BY, placedBy)
                .returning(PLACED_SIGNAL.ID).fetchSingle(PLACED_SIGNAL.ID);
    }

    /** @return false when no such signal of this student is left (removed meanwhile) */
    boolean delete(long studentId, long signalId) {
        return Rows.oneOrNone(db.deleteFrom(PLACED_SIGNAL)
                .where(PLACED_SIGNAL.ID.eq(signalId)).and(PLACED_SIGNAL.STUDENT_ID.eq(studentId)));
    }
}
