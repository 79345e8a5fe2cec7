package com.smartpick.advising.season;

import static com.smartpick.advising.jooq.Tables.CALENDAR_FEED;
import static com.smartpick.advising.jooq.Tables.SEASON_ANNOUNCEMENT;
import static com.smartpick.advising.jooq.Tables.SEASON_DATE;
import static com.smartpick.advising.jooq.Tables.SEASON_TASK_CHECK;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class SeasonRepository {

    /** A cohort's own date of a milestone, as stored. */
    record Adjusted(LocalDate starts, @Nullable LocalDate ends, int version) {
    }

    /** A student's current cohort and, per task, its date and whether it is done, as {@link TaskFields} says. */
    record StudentTasks(long studentId, @Nullable Long cohortId, @Nullable String cohortName,
            @Nullable String matchSeason, Map<TaskKind, @Nullable LocalDate> due, Map<TaskKind, Boolean> done) {
    }

    private final DSLContext db;
    private final StudentAccess access;

    SeasonRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    Map<Milestone, Adjusted> adjusted(long cohortId) {
        Map<Milestone, Adjusted> adjusted = new EnumMap<>(Milestone.class);
        db.select(SEASON_DATE.MILESTONE, SEASON_DATE.STARTS_ON, SEASON_DATE.ENDS_ON, SEASON_DATE.VERSION)
                .from(SEASON_DATE).where(SEASON_DATE.COHORT_ID.eq(cohortId))
                .forEach(r -> adjusted.put(Milestone.valueOf(r.value1()), new Adjusted(r.value2(), r.value3(), r.value4())));
        return adjusted;
    }

    /** The first adjustment of a milestone: false when someone else adjusted it meanwhile. */
    boolean insertAdjusted(long cohortId, DefaultDate byDefault, LocalDate starts, @Nullable LocalDate ends, long by) {
        return db.insertInto(SEASON_DATE)
                .set(SEASON_DATE.COHORT_ID, cohortId).set(SEASON_DATE.MILESTONE, byDefault.milestone().name())
                .set(SEASON_DATE.STARTS_ON, starts).set(SEASON_DATE.ENDS_ON, ends)
                .set(SEASON_DATE.DEFAULT_STARTS_ON, byDefault.starts()).set(SEASON_DATE.DEFAULT_ENDS_ON, byDefault.ends())
                .set(SEASON_DATE.VERSION, 1).set(SEASON_DATE.UPDATED_BY, by)
                .onConflictDoNothing().execute() == 1;
    }

    /** A later adjustment, from the version read: false when the row moved on since. */
    boolean updateAdjusted(long cohortId, Milestone milestone, int version, LocalDate starts, @Nullable LocalDate ends,
            long by) {
        return Rows.oneOrNone(db.update(SEASON_DATE)
                .set(SEASON_DATE.STARTS_ON, starts).set(SEASON_DATE.ENDS_ON, ends)
                .set(SEASON_DATE.VERSION, version + 1).set(SEASON_DATE.UPDATED_BY, by)
                .set(SEASON_DATE.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(SEASON_DATE.COHORT_ID.eq(cohortId)).and(SEASON_DATE.MILESTONE.eq(milestone.name()))
                .and(SEASON_DATE.VERSION.eq(version)));
    }

    /** One student's tasks, if the viewer may see her: one statement. */
    Optional<StudentTasks> tasksOf(Viewer viewer, long studentId, SeasonCalendar calendar) {
        Field<Long> id = DSL.val(studentId);
        return db.select(taskFields(id, calendar)).where(People.isStudent(id)).and(access.students(viewer, id))
                .fetchOptional(r -> studentTasks(r, studentId));
    }

    /** Every student with a current cohort and her tasks: what the daily job goes through. */
    List<StudentTasks> everyCurrentStudentsTasks(SeasonCalendar calendar) {
        People student = People.as("season_student");
        List<SelectField<?>> fields = new ArrayList<>(taskFields(student.id(), calendar));
        fields.add(student.id());
        return db.select(fields).from(student.table())
                .where(student.isStudent()).and(Relationships.currentCohortOf(student.id()).isNotNull())
                .orderBy(student.id())
                .fetch(r -> studentTasks(r, r.get(student.id())));
    }

    /** Whether the kind of announcement of the task is new: false when it was made before, by any instance. */
    boolean markAnnounced(long studentId, int matchYear, TaskKind task, String kind) {
        return db.insertInto(SEASON_ANNOUNCEMENT)
                .set(SEASON_ANNOUNCEMENT.STUDENT_ID, studentId).set(SEASON_ANNOUNCEMENT.MATCH_YEAR, matchYear)
                .set(SEASON_ANNOUNCEMENT.TASK, task.name()).set(SEASON_ANNOUNCEMENT.KIND, kind)
                .onConflictDoNothing().execute() == 1;
    }

    void confirm(long studentId, int matchYear, TaskKind task) {
        db.insertInto(SEASON_TASK_CHECK).set(SEASON_TASK_CHECK.STUDENT_ID, studentId)
                .set(SEASON_TASK_CHECK.MATCH_YEAR, matchYear).set(SEASON_TASK_CHECK.TASK, task.name())
                .onConflictDoNothing().execute();
    }

    void unconfirm(long studentId, int matchYear, TaskKind task) {
        Rows.oneOrNone(db.deleteFrom(SEASON_TASK_CHECK).where(SEASON_TASK_CHECK.STUDENT_ID.eq(studentId))
                .and(SEASON_TASK_CHECK.MATCH_YEAR.eq(matchYear)).and(SEASON_TASK_CHECK.TASK.eq(task.name())));
    }

    void replaceFeed(long studentId, String tokenHash) {
        db.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.STUDENT_ID, studentId).set(CALENDAR_FEED.TOKEN_HASH, tokenHash)
                .onConflict(CALENDAR_FEED.STUDENT_ID).doUpdate()
                .set(CALENDAR_FEED.TOKEN_HASH, tokenHash).set(CALENDAR_FEED.CREATED_AT, DSL.currentOffsetDateTime())
                .execute();
    }

    boolean revokeFeed(long studentId) {
        return Rows.oneOrNone(db.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.STUDENT_ID.eq(studentId)));
    }

    boolean hasFeed(long studentId) {
        return db.fetchExists(CALENDAR_FEED, CALENDAR_FEED.STUDENT_ID.eq(studentId));
    }

    Optional<Long> studentOfFeed(String tokenHash) {
        return db.select(CALENDAR_FEED.STUDENT_ID).from(CALENDAR_FEED).where(CALENDAR_FEED.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(CALENDAR_FEED.STUDENT_ID);
    }

    /** The student's tasks for her own feed: she is the one the token names, no viewer is signed in. */
    StudentTasks tasksOfFeedOwner(long studentId, SeasonCalendar calendar) {
        Field<Long> id = DSL.val(studentId);
        return db.select(taskFields(id, calendar)).fetchSingle(r -> studentTasks(r, studentId));
    }

    private static List<SelectField<?>> taskFields(Field<Long> studentId, SeasonCalendar calendar) {
        List<SelectField<?>> fields = new ArrayList<>();
        TaskFields.CurrentCohort cohort = TaskFields.CurrentCohort.of(studentId);
        fields.add(Relationships.currentCohortOf(studentId).as("cohort_id"));
        fields.add(Relationships.currentCohortNameOf(studentId).as("cohort_name"));
        fields.add(Relationships.currentSeasonOf(studentId).as("match_season"));
        for (TaskKind kind : TaskKind.values()) {
            fields.add(TaskFields.due(kind.milestone(), cohort, calendar).as("due_" + kind.number()));
            Condition done = TaskFields.done(kind, studentId, calendar);
            fields.add(DSL.field(done).as("done_" + kind.number()));
        }
        return fields;
    }

    private static StudentTasks studentTasks(Record r, long studentId) {
        Map<TaskKind, @Nullable LocalDate> due = new EnumMap<>(TaskKind.class);
        Map<TaskKind, Boolean> done = new EnumMap<>(TaskKind.class);
        for (TaskKind kind : TaskKind.values()) {
            due.put(kind, r.get("due_" + kind.number(), LocalDate.class));
            done.put(kind, Boolean.TRUE.equals(r.get("done_" + kind.number(), Boolean.class)));
        }
        return new StudentTasks(studentId, r.get("cohort_id", Long.class), r.get("cohort_name", String.class),
                r.get("match_season", String.class), due, done);
    }
}
