package com.smartpick.advising.tracker;

import static com.smartpick.advising.jooq.Tables.TRACKED_PROGRAM;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.jooq.tables.records.TrackedProgramRecord;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.ListFigures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class TrackerRepository {

    private final DSLContext db;
    private final StudentAccess access;

    TrackerRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    Optional<String> studentName(Viewer viewer, long studentId) {
        People student = People.as("student");
        return db.select(student.displayName()).from(student.table())
                .where(student.id().eq(studentId)).and(student.isStudent()).and(access.students(viewer, student.id()))
                .fetchOptional(student.displayName());
    }

    /** The student's tracked programs of one season, in the order of the list they came from. */
    List<TrackedProgramRecord> season(Viewer viewer, long studentId, int matchYear) {
        return db.selectFrom(TRACKED_PROGRAM)
                .where(TRACKED_PROGRAM.STUDENT_ID.eq(studentId)).and(TRACKED_PROGRAM.MATCH_YEAR.eq(matchYear))
                .and(access.students(viewer, TRACKED_PROGRAM.STUDENT_ID))
                .orderBy(TRACKED_PROGRAM.LIST_POSITION, TRACKED_PROGRAM.ID)
                .fetch();
    }

    /** The seasons the student has tracked programs in, newest first. */
    List<Integer> seasons(Viewer viewer, long studentId) {
        return db.selectDistinct(TRACKED_PROGRAM.MATCH_YEAR).from(TRACKED_PROGRAM)
                .where(TRACKED_PROGRAM.STUDENT_ID.eq(studentId)).and(access.students(viewer, TRACKED_PROGRAM.STUDENT_ID))
                .orderBy(TRACKED_PROGRAM.MATCH_YEAR.desc())
                .fetch(TRACKED_PROGRAM.MATCH_YEAR);
    }

    /** A program tracked for the first time, with SmartPick's figures as the published list gave them. */
    record NewRow(TrackerChange change, String programName, int listPosition, double predictedInterview) {
    }

    /**
     * Inserts the programs tracked for the first time in one statement.
     *
     * @return false when one of them was tracked by someone else meanwhile: the caller refuses the whole save
     */
    boolean insert(long studentId, int matchYear, Tracker.ListSnapshot list, List<NewRow> rows, long by,
            OffsetDateTime now) {
        if (rows.isEmpty()) {
            return true;
        }
        InsertSetMoreStep<TrackedProgramRecord> insert = null;
        for (NewRow row : rows) {
            var step = insert == null ? db.insertInto(TRACKED_PROGRAM) : insert.newRecord();
            insert = step.set(TRACKED_PROGRAM.STUDENT_ID, studentId).set(TRACKED_PROGRAM.MATCH_YEAR, matchYear)
                    .set(TRACKED_PROGRAM.LIST_ID, list.listId()).set(TRACKED_PROGRAM.PROGRAM_ID, row.change().programId())
                    .set(TRACKED_PROGRAM.PROGRAM_NAME, row.programName())
                    .set(TRACKED_PROGRAM.LIST_POSITION, row.listPosition())
                    .set(TRACKED_PROGRAM.PREDICTED_INTERVIEW, row.predictedInterview())
                    .set(TRACKED_PROGRAM.LIST_MATCH_CHANCE, list.matchChance())
                    .set(TRACKED_PROGRAM.LIST_EXPECTED_INTERVIEWS, list.expectedInterviews())
                    .set(TRACKED_PROGRAM.UPDATED_BY, by).set(TRACKED_PROGRAM.UPDATED_AT, now);
            insert = state(insert, row.change());
        }
        // the arbiter named: the rank's constraint is deferrable, which ON CONFLICT cannot take as one
        return insert.onConflict(TRACKED_PROGRAM.STUDENT_ID, TRACKED_PROGRAM.MATCH_YEAR, TRACKED_PROGRAM.PROGRAM_ID)
                .doNothing().execute() == rows.size();
    }

    /**
     * Writes the changed rows by id (and the student's id, and the version read), in one batch.
     *
     * @return false when one of them moved on since it was read: the caller refuses the whole save
     */
    boolean update(long studentId, Map<String, Long> ids, List<TrackerChange> changes, long by, OffsetDateTime now) {
        if (changes.isEmpty()) {
            return true;
        }
        List<Query> updates = changes.stream().<Query>map(c -> db.update(TRACKED_PROGRAM)
                .set(TRACKED_PROGRAM.APPLIED_ON, c.appliedOn()).set(TRACKED_PROGRAM.INVITED_ON, c.invitedOn())
                .set(TRACKED_PROGRAM.DECLINED_ON, c.declinedOn()).set(TRACKED_PROGRAM.ATTENDED_ON, c.attendedOn())
                .set(TRACKED_PROGRAM.RANK_POSITION, c.rankPosition())
                .set(TRACKED_PROGRAM.OUTCOME, c.outcome() == null ? null : c.outcome().name())
                .set(TRACKED_PROGRAM.VERSION, TRACKED_PROGRAM.VERSION.plus(1))
                .set(TRACKED_PROGRAM.UPDATED_BY, by).set(TRACKED_PROGRAM.UPDATED_AT, now)
                .where(TRACKED_PROGRAM.ID.eq(ids.get(c.programId()))).and(TRACKED_PROGRAM.STUDENT_ID.eq(studentId))
                .and(TRACKED_PROGRAM.VERSION.eq(c.version())))
                .toList();
        return Rows.eachOneOrNone(db.batch(updates));
    }

    private static InsertSetMoreStep<TrackedProgramRecord> state(InsertSetMoreStep<TrackedProgramRecord> insert,
            TrackerChange c) {
        return insert.set(TRACKED_PROGRAM.APPLIED_ON, c.appliedOn()).set(TRACKED_PROGRAM.INVITED_ON, c.invitedOn())
                .set(TRACKED_PROGRAM.DECLINED_ON, c.declinedOn()).set(TRACKED_PROGRAM.ATTENDED_ON, c.attendedOn())
                .set(TRACKED_PROGRAM.RANK_POSITION, c.rankPosition())
                .set(TRACKED_PROGRAM.OUTCOME, c.outcome() == null ? null : c.outcome().name());
    }

    /** Each student of the cohort the viewer sees, with the season's figures: one statement for the whole cohort. */
    List<CohortProgress> cohortProgress(Viewer viewer, long cohortId, int matchYear, LocalDate today) {
        People student = People.as("student");
        var t = TRACKED_PROGRAM;
        Field<Integer> applied = DSL.count().filterWhere(t.APPLIED_ON.isNotNull()).as("applied");
        Field<Integer> invited = DSL.count().filterWhere(t.INVITED_ON.isNotNull()).as("invited");
        Field<Integer> attended = DSL.count().filterWhere(t.ATTENDED_ON.isNotNull()).as("attended");
        Field<Double> expected = DSL.coalesce(DSL.sum(t.PREDICTED_INTERVIEW).filterWhere(t.APPLIED_ON.isNotNull()),
                DSL.inline(java.math.BigDecimal.ZERO)).cast(Double.class).as("expected");
        Field<LocalDate> first = DSL.min(t.APPLIED_ON).as("first_applied");
        Field<String> matched = DSL.min(t.PROGRAM_NAME).filterWhere(t.OUTCOME.eq(Outcome.MATCHED.name())).as("matched");
        Field<String> soap = DSL.min(t.PROGRAM_NAME).filterWhere(t.OUTCOME.eq(Outcome.SOAP_OFFER.name())).as("soap");
        Field<Integer> ranked = DSL.count().filterWhere(t.RANK_POSITION.isNotNull()).as("ranked");
        Field<Integer> notMatchedRanked = DSL.count().filterWhere(t.RANK_POSITION.isNotNull()
                .and(t.OUTCOME.eq(Outcome.NOT_MATCHED.name()))).as("not_matched_ranked");
        Field<Integer> notMatched = DSL.count().filterWhere(t.OUTCOME.eq(Outcome.NOT_MATCHED.name())).as("not_matched");
        Table<?> season = DSL.select(t.STUDENT_ID, applied, invited, attended, expected, first, matched, soap, ranked,
                        notMatchedRanked, notMatched)
                .from(t).where(t.MATCH_YEAR.eq(matchYear)).and(Relationships.inCohort(t.STUDENT_ID, cohortId))
                .groupBy(t.STUDENT_ID).asTable("season");
        Field<Double> listExpected = ListFigures.publishedExpectedInterviews(student.id()).as("list_expected");
        return db.select(student.id(), student.displayName(), listExpected, season.field(applied),
                        season.field(invited), season.field(attended), season.field(expected), season.field(first),
                        season.field(matched), season.field(soap), season.field(ranked), season.field(notMatchedRanked),
                        season.field(notMatched))
                .from(student.table()).leftJoin(season).on(season.field(t.STUDENT_ID).eq(student.id()))
                .where(Relationships.inCohort(student.id(), cohortId)).and(student.isStudent())
                .and(access.students(viewer, student.id()))
                .fetch(r -> CohortProgress.of(r.get(student.id()), r.get(student.displayName()), r.get(listExpected),
                        count(r, season.field(applied)), count(r, season.field(invited)),
                        count(r, season.field(attended)),
                        r.get(season.field(expected)) == null ? 0 : r.get(season.field(expected)),
                        r.get(season.field(first)),
                        SeasonOutcome.from(r.get(season.field(matched)), r.get(season.field(soap)),
                                count(r, season.field(ranked)), count(r, season.field(notMatchedRanked)),
                                count(r, season.field(notMatched))),
                        today));
    }

    private static int count(Record r, Field<Integer> field) {
        Integer value = r.get(field);
        return value == null ? 0 : value;
    }

    /** A tracked row of a cohort's season, with its student's name. */
    record CohortRow(long studentId, String name, double listMatchChance, TrackedProgram program) {
    }

    List<CohortRow> cohortSeason(Viewer viewer, long cohortId, int matchYear) {
        Field<String> name = People.nameOf(TRACKED_PROGRAM.STUDENT_ID).as("student_name");
        return db.select(TRACKED_PROGRAM.asterisk(), name).from(TRACKED_PROGRAM)
                .where(TRACKED_PROGRAM.MATCH_YEAR.eq(matchYear))
                .and(Relationships.inCohort(TRACKED_PROGRAM.STUDENT_ID, cohortId))
                .and(access.students(viewer, TRACKED_PROGRAM.STUDENT_ID))
                .orderBy(name, TRACKED_PROGRAM.STUDENT_ID, TRACKED_PROGRAM.LIST_POSITION)
                .fetch(r -> {
                    TrackedProgramRecord row = r.into(TRACKED_PROGRAM);
                    return new CohortRow(row.getStudentId(), r.get(name), row.getListMatchChance(), program(row));
                });
    }

    /** The seasons a cohort's students tracked programs in, newest first. */
    List<Integer> cohortSeasons(Viewer viewer, long cohortId) {
        return db.selectDistinct(TRACKED_PROGRAM.MATCH_YEAR).from(TRACKED_PROGRAM)
                .where(Relationships.inCohort(TRACKED_PROGRAM.STUDENT_ID, cohortId))
                .and(access.students(viewer, TRACKED_PROGRAM.STUDENT_ID))
                .orderBy(TRACKED_PROGRAM.MATCH_YEAR.desc())
                .fetch(TRACKED_PROGRAM.MATCH_YEAR);
    }

    static TrackedProgram program(TrackedProgramRecord r) {
        return new TrackedProgram(r.getProgramId(), r.getProgramName(), r.getListPosition(), r.getPredictedInterview(),
                r.getAppliedOn(), r.getInvitedOn(), r.getDeclinedOn(), r.getAttendedOn(), r.getRankPosition(),
                r.getOutcome() == null ? null : Outcome.valueOf(r.getOutcome()), r.getVersion());
    }
}
