package com.smartpick.advising.experience;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_ATTACHMENT;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_TRANSITION;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.jooq.tables.ExperienceTransition;
import com.smartpick.advising.jooq.tables.records.ExperienceRecordRecord;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.UpdateSetMoreStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ExperienceRepository {

    private static final People PEOPLE = People.as("person");

    private static final People STUDENT = People.as("student");
    private static final People REVIEWER = People.as("reviewer");
    static final int QUEUE_LIMIT = 500;

    private final DSLContext db;
    private final StudentAccess access;

    ExperienceRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    Optional<ExperienceRecord> find(long id, Viewer viewer) {
        return select(viewer, EXPERIENCE_RECORD.ID.eq(id)).fetchOptional(ExperienceRepository::record);
    }

    /** A student's experiences as they stand: every row but the verified ones a later verified revision replaced. */
    List<ExperienceRecord> ofStudent(long studentId, Viewer viewer) {
        return select(viewer, EXPERIENCE_RECORD.STUDENT_ID.eq(studentId).and(EXPERIENCE_RECORD.SUPERSEDED_BY.isNull()))
                .orderBy(EXPERIENCE_RECORD.START_DATE.desc(), EXPERIENCE_RECORD.ID.desc())
                .fetch(ExperienceRepository::record);
    }

    List<ExperienceRecord> ofIds(long studentId, Collection<Long> ids, Viewer viewer) {
        return select(viewer, EXPERIENCE_RECORD.STUDENT_ID.eq(studentId).and(EXPERIENCE_RECORD.ID.in(ids)))
                .fetch(ExperienceRepository::record);
    }

    /** Submitted records of the students the viewer may see, the longest waiting first. */
    List<ReviewItem> queue(Viewer viewer, String studentName) {
        return db.select(EXPERIENCE_RECORD.ID, EXPERIENCE_RECORD.STUDENT_ID, STUDENT.displayName(),
                        EXPERIENCE_RECORD.EXPERIENCE_TYPE, EXPERIENCE_RECORD.INSTITUTION, EXPERIENCE_RECORD.SPECIALTY,
                        EXPERIENCE_RECORD.HANDS_ON, EXPERIENCE_RECORD.COUNTRY, EXPERIENCE_RECORD.REVISION_OF,
                        EXPERIENCE_RECORD.SUBMITTED_AT)
                .from(EXPERIENCE_RECORD).join(STUDENT.table()).on(STUDENT.id().eq(EXPERIENCE_RECORD.STUDENT_ID))
                .where(EXPERIENCE_RECORD.STATUS.eq(ExperienceStatus.SUBMITTED.name()))
                .and(access.students(viewer, EXPERIENCE_RECORD.STUDENT_ID))
                .and(EXPERIENCE_RECORD.STUDENT_ID.ne(viewer.personId()))
                .and(STUDENT.nameMatches(studentName))
                .orderBy(EXPERIENCE_RECORD.SUBMITTED_AT, EXPERIENCE_RECORD.ID)
                .limit(QUEUE_LIMIT)
                .fetch(r -> new ReviewItem(r.get(EXPERIENCE_RECORD.ID), r.get(EXPERIENCE_RECORD.STUDENT_ID),
                        r.get(STUDENT.displayName()), ExperienceType.valueOf(r.get(EXPERIENCE_RECORD.EXPERIENCE_TYPE)),
                        r.get(EXPERIENCE_RECORD.INSTITUTION), r.get(EXPERIENCE_RECORD.SPECIALTY),
                        r.get(EXPERIENCE_RECORD.HANDS_ON), ExperienceDetails.US.equals(r.get(EXPERIENCE_RECORD.COUNTRY)),
                        r.get(EXPERIENCE_RECORD.REVISION_OF) != null, r.get(EXPERIENCE_RECORD.SUBMITTED_AT).toInstant()));
    }

    /** The details of a student's current verified records , for the derived figures. */
    List<ExperienceDetails> currentVerified(long studentId) {
        return db.selectFrom(EXPERIENCE_RECORD).where(EXPERIENCE_RECORD.STUDENT_ID.eq(studentId))
                .and(ExperienceFigures.currentVerified(EXPERIENCE_RECORD))
                .fetch(ExperienceRepository::details);
    }

    /** The columns a student writes, the same for a new record and an edited one. */
    private static Map<Field<?>, @Nullable Object> details(ExperienceDetails d) {
        Map<Field<?>, @Nullable Object> columns = new LinkedHashMap<>();
        columns.put(EXPERIENCE_RECORD.EXPERIENCE_TYPE, d.type().name());
        columns.put(EXPERIENCE_RECORD.HANDS_ON, d.handsOn());
        columns.put(EXPERIENCE_RECORD.INSTITUTION, d.institution());
        columns.put(EXPERIENCE_RECORD.DEPARTMENT, d.department());
        columns.put(EXPERIENCE_RECORD.CITY, d.city());
        columns.put(EXPERIENCE_RECORD.STATE, d.state());
        columns.put(EXPERIENCE_RECORD.COUNTRY, d.country());
        columns.put(EXPERIENCE_RECORD.SETTING, d.setting().name());
        columns.put(EXPERIENCE_RECORD.SPECIALTY, d.specialty());
        columns.put(EXPERIENCE_RECORD.START_DATE, d.startDate());
        columns.put(EXPERIENCE_RECORD.END_DATE, d.endDate());
        columns.put(EXPERIENCE_RECORD.ONGOING, d.ongoing());
        columns.put(EXPERIENCE_RECORD.HOURS_PER_WEEK, d.hoursPerWeek());
        columns.put(EXPERIENCE_RECORD.SUPERVISOR_NAME, d.supervisorName());
        columns.put(EXPERIENCE_RECORD.SUPERVISOR_TITLE, d.supervisorTitle());
        columns.put(EXPERIENCE_RECORD.SUPERVISOR_EMAIL, d.supervisorEmail());
        columns.put(EXPERIENCE_RECORD.TASKS, d.tasks());
        columns.put(EXPERIENCE_RECORD.PROCEDURES, d.procedures());
        columns.put(EXPERIENCE_RECORD.EHR_SYSTEMS, d.ehrSystems().toArray(String[]::new));
        columns.put(EXPERIENCE_RECORD.TRAININGS, d.trainings().toArray(String[]::new));
        return columns;
    }

    long insert(long studentId, ExperienceDetails d, @Nullable Long revisionOf) {
        return db.insertInto(EXPERIENCE_RECORD)
                .set(EXPERIENCE_RECORD.STUDENT_ID, studentId)
                .set(EXPERIENCE_RECORD.REVISION_OF, revisionOf)
                .set(details(d))
                .returning(EXPERIENCE_RECORD.ID).fetchSingle(EXPERIENCE_RECORD.ID);
    }

    /** @return false when the row moved on (another save, or it left the editable states) since it was read */
    boolean update(long id, int expectedVersion, ExperienceDetails d, OffsetDateTime now) {
        return Rows.oneOrNone(db.update(EXPERIENCE_RECORD)
                .set(details(d))
                .set(EXPERIENCE_RECORD.UPDATED_AT, now)
                .set(EXPERIENCE_RECORD.VERSION, EXPERIENCE_RECORD.VERSION.plus(1))
                .where(EXPERIENCE_RECORD.ID.eq(id)).and(EXPERIENCE_RECORD.VERSION.eq(expectedVersion))
                .and(EXPERIENCE_RECORD.STATUS.in(ExperienceStatus.DRAFT.name(), ExperienceStatus.CHANGES_REQUESTED.name())));
    }

    /** Moves a row between states if it is still where and as the caller saw it. */
    boolean move(long id, int expectedVersion, ExperienceStatus from, ExperienceStatus to, long actorId, OffsetDateTime now) {
        UpdateSetMoreStep<?> update = db.update(EXPERIENCE_RECORD)
                .set(EXPERIENCE_RECORD.STATUS, to.name())
                .set(EXPERIENCE_RECORD.VERSION, EXPERIENCE_RECORD.VERSION.plus(1));
        if (to == ExperienceStatus.SUBMITTED) {
            update = update.set(EXPERIENCE_RECORD.SUBMITTED_AT, now);
        } else if (to != ExperienceStatus.DRAFT) {
            update = update.set(EXPERIENCE_RECORD.REVIEWED_AT, now).set(EXPERIENCE_RECORD.REVIEWED_BY, actorId);
        }
        boolean moved = Rows.oneOrNone(update.where(EXPERIENCE_RECORD.ID.eq(id))
                .and(EXPERIENCE_RECORD.VERSION.eq(expectedVersion)).and(EXPERIENCE_RECORD.STATUS.eq(from.name())));
        if (moved) {
            db.insertInto(EXPERIENCE_TRANSITION).set(EXPERIENCE_TRANSITION.RECORD_ID, id)
                    .set(EXPERIENCE_TRANSITION.FROM_STATUS, from.name()).set(EXPERIENCE_TRANSITION.TO_STATUS, to.name())
                    .set(EXPERIENCE_TRANSITION.ACTOR_ID, actorId).execute();
        }
        return moved;
    }

    /** @return false when the row moved on (another save, a submission) or is not this student's draft */
    boolean deleteDraft(long id, long studentId, int expectedVersion) {
        return Rows.oneOrNone(db.deleteFrom(EXPERIENCE_RECORD).where(EXPERIENCE_RECORD.ID.eq(id))
                .and(EXPERIENCE_RECORD.STUDENT_ID.eq(studentId)).and(EXPERIENCE_RECORD.VERSION.eq(expectedVersion))
                .and(EXPERIENCE_RECORD.STATUS.eq(ExperienceStatus.DRAFT.name())));
    }

    void created(long id, long actorId) {
        db.insertInto(EXPERIENCE_TRANSITION).set(EXPERIENCE_TRANSITION.RECORD_ID, id)
                .set(EXPERIENCE_TRANSITION.TO_STATUS, ExperienceStatus.DRAFT.name())
                .set(EXPERIENCE_TRANSITION.ACTOR_ID, actorId).execute();
    }

    /** Puts the reviewer's words on the transition just made. */
    void noteLastTransition(long recordId, String note) {
        // the subquery's table gets its own name: with the outer one's, its id would compare the outer row with itself
        ExperienceTransition last = EXPERIENCE_TRANSITION.as("last");
        Rows.one(db.update(EXPERIENCE_TRANSITION).set(EXPERIENCE_TRANSITION.NOTE, note)
                .where(EXPERIENCE_TRANSITION.RECORD_ID.eq(recordId))
                .and(EXPERIENCE_TRANSITION.ID.eq(DSL.field(DSL.select(DSL.max(last.ID)).from(last)
                        .where(last.RECORD_ID.eq(recordId))))));
    }

    void supersede(long verifiedId, long byId) {
        Rows.one(db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.SUPERSEDED_BY, byId)
                .set(EXPERIENCE_RECORD.VERSION, EXPERIENCE_RECORD.VERSION.plus(1))
                .where(EXPERIENCE_RECORD.ID.eq(verifiedId)));
    }

    Optional<Long> openRevisionOf(long verifiedId) {
        return db.select(EXPERIENCE_RECORD.ID).from(EXPERIENCE_RECORD).where(EXPERIENCE_RECORD.REVISION_OF.eq(verifiedId))
                .and(EXPERIENCE_RECORD.STATUS.ne(ExperienceStatus.VERIFIED.name())).fetchOptional(EXPERIENCE_RECORD.ID);
    }

    /** The row and every earlier revision it descends from, newest first. */
    List<Long> lineage(long id) {
        List<Long> ids = new ArrayList<>();
        Long current = id;
        while (current != null && !ids.contains(current)) {
            ids.add(current);
            current = db.select(EXPERIENCE_RECORD.REVISION_OF).from(EXPERIENCE_RECORD)
                    .where(EXPERIENCE_RECORD.ID.eq(current)).fetchOne(EXPERIENCE_RECORD.REVISION_OF);
        }
        return ids;
    }

    List<Transition> history(List<Long> recordIds) {
        return db.select(EXPERIENCE_TRANSITION.fields()).select(PEOPLE.displayName()).from(EXPERIENCE_TRANSITION)
                .join(PEOPLE.table()).on(PEOPLE.id().eq(EXPERIENCE_TRANSITION.ACTOR_ID))
                .where(EXPERIENCE_TRANSITION.RECORD_ID.in(recordIds))
                .orderBy(EXPERIENCE_TRANSITION.AT, EXPERIENCE_TRANSITION.ID)
                .fetch(r -> new Transition(r.get(EXPERIENCE_TRANSITION.RECORD_ID),
                        r.get(EXPERIENCE_TRANSITION.FROM_STATUS) == null ? null
                                : ExperienceStatus.valueOf(r.get(EXPERIENCE_TRANSITION.FROM_STATUS)),
                        ExperienceStatus.valueOf(r.get(EXPERIENCE_TRANSITION.TO_STATUS)), r.get(PEOPLE.displayName()),
                        r.get(EXPERIENCE_TRANSITION.AT).toInstant(), r.get(EXPERIENCE_TRANSITION.NOTE)));
    }

    List<Attachment> attachments(long recordId) {
        return db.select(EXPERIENCE_ATTACHMENT.ID, EXPERIENCE_ATTACHMENT.RECORD_ID, EXPERIENCE_ATTACHMENT.FILE_NAME,
                        EXPERIENCE_ATTACHMENT.MEDIA_TYPE, EXPERIENCE_ATTACHMENT.SIZE_BYTES, EXPERIENCE_ATTACHMENT.UPLOADED_AT)
                .from(EXPERIENCE_ATTACHMENT).where(EXPERIENCE_ATTACHMENT.RECORD_ID.eq(recordId))
                .orderBy(EXPERIENCE_ATTACHMENT.ID)
                .fetch(r -> new Attachment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6().toInstant()));
    }

    long attach(long recordId, UploadedFile file, long uploaderId) {
        return db.insertInto(EXPERIENCE_ATTACHMENT).set(EXPERIENCE_ATTACHMENT.RECORD_ID, recordId)
                .set(EXPERIENCE_ATTACHMENT.FILE_NAME, file.fileName())
                .set(EXPERIENCE_ATTACHMENT.MEDIA_TYPE, file.kind().mediaType())
                .set(EXPERIENCE_ATTACHMENT.SIZE_BYTES, file.size())
                .set(EXPERIENCE_ATTACHMENT.CONTENT, file.content())
                .set(EXPERIENCE_ATTACHMENT.UPLOADED_BY, uploaderId)
                .returning(EXPERIENCE_ATTACHMENT.ID).fetchSingle(EXPERIENCE_ATTACHMENT.ID);
    }

    /** A revision starts with its verified row's certificates. */
    void copyAttachments(long fromRecord, long toRecord) {
        db.insertInto(EXPERIENCE_ATTACHMENT, EXPERIENCE_ATTACHMENT.RECORD_ID, EXPERIENCE_ATTACHMENT.FILE_NAME,
                        EXPERIENCE_ATTACHMENT.MEDIA_TYPE, EXPERIENCE_ATTACHMENT.SIZE_BYTES, EXPERIENCE_ATTACHMENT.CONTENT,
                        EXPERIENCE_ATTACHMENT.UPLOADED_AT, EXPERIENCE_ATTACHMENT.UPLOADED_BY)
                .select(db.select(DSL.val(toRecord), EXPERIENCE_ATTACHMENT.FILE_NAME,
                                EXPERIENCE_ATTACHMENT.MEDIA_TYPE, EXPERIENCE_ATTACHMENT.SIZE_BYTES,
                                EXPERIENCE_ATTACHMENT.CONTENT, EXPERIENCE_ATTACHMENT.UPLOADED_AT,
                                EXPERIENCE_ATTACHMENT.UPLOADED_BY)
                        .from(EXPERIENCE_ATTACHMENT).where(EXPERIENCE_ATTACHMENT.RECORD_ID.eq(fromRecord)))
                .execute();
    }

    record StoredFile(long studentId, String fileName, byte[] content) {
    }

    /** An attachment's bytes, if the viewer may see its record's student. */
    Optional<StoredFile> attachmentContent(long attachmentId, Viewer viewer) {
        return db.select(EXPERIENCE_ATTACHMENT.RECORD_ID, EXPERIENCE_ATTACHMENT.FILE_NAME, EXPERIENCE_ATTACHMENT.CONTENT,
                        EXPERIENCE_RECORD.STUDENT_ID)
                .from(EXPERIENCE_ATTACHMENT).join(EXPERIENCE_RECORD).on(EXPERIENCE_RECORD.ID.eq(EXPERIENCE_ATTACHMENT.RECORD_ID))
                .where(EXPERIENCE_ATTACHMENT.ID.eq(attachmentId))
                .and(access.students(viewer, EXPERIENCE_RECORD.STUDENT_ID))
                .fetchOptional(r -> new StoredFile(r.value4(), r.value2(), r.value3()));
    }

    boolean removeAttachment(long attachmentId, long recordId) {
        return Rows.oneOrNone(db.deleteFrom(EXPERIENCE_ATTACHMENT).where(EXPERIENCE_ATTACHMENT.ID.eq(attachmentId))
                .and(EXPERIENCE_ATTACHMENT.RECORD_ID.eq(recordId)));
    }

    private SelectConditionStep<Record> select(Viewer viewer, Condition which) {
        return select(which.and(access.students(viewer, EXPERIENCE_RECORD.STUDENT_ID)));
    }

    /** Only for a record named by a single-use link, which stands in for the viewer. */
    private SelectConditionStep<Record> select(Condition which) {
        return db.select(EXPERIENCE_RECORD.fields()).select(STUDENT.displayName(), REVIEWER.displayName())
                .from(EXPERIENCE_RECORD).join(STUDENT.table()).on(STUDENT.id().eq(EXPERIENCE_RECORD.STUDENT_ID))
                .leftJoin(REVIEWER.table()).on(REVIEWER.id().eq(EXPERIENCE_RECORD.REVIEWED_BY))
                .where(which);
    }

    /** The record a physician's confirmation link names: the link, checked by the caller, is the permission. */
    Optional<ExperienceRecord> linkedFrom(long id) {
        return select(EXPERIENCE_RECORD.ID.eq(id)).fetchOptional(ExperienceRepository::record);
    }

    void confirm(long id, String name, String email, OffsetDateTime at) {
        Rows.one(db.update(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.CONFIRMED_BY_NAME, name)
                .set(EXPERIENCE_RECORD.CONFIRMED_BY_EMAIL, email).set(EXPERIENCE_RECORD.CONFIRMED_AT, at)
                .where(EXPERIENCE_RECORD.ID.eq(id)));
    }

    private static ExperienceRecord record(Record r) {
        return new ExperienceRecord(r.get(EXPERIENCE_RECORD.ID), r.get(EXPERIENCE_RECORD.STUDENT_ID),
                r.get(STUDENT.displayName()), r.get(EXPERIENCE_RECORD.REVISION_OF), r.get(EXPERIENCE_RECORD.SUPERSEDED_BY),
                ExperienceStatus.valueOf(r.get(EXPERIENCE_RECORD.STATUS)), details(r.into(EXPERIENCE_RECORD)),
                r.get(EXPERIENCE_RECORD.UPDATED_AT).toInstant(),
                r.get(EXPERIENCE_RECORD.SUBMITTED_AT) == null ? null : r.get(EXPERIENCE_RECORD.SUBMITTED_AT).toInstant(),
                r.get(EXPERIENCE_RECORD.REVIEWED_AT) == null ? null : r.get(EXPERIENCE_RECORD.REVIEWED_AT).toInstant(),
                r.get(REVIEWER.displayName()),
                r.get(EXPERIENCE_RECORD.CONFIRMED_AT) == null ? null : new ExperienceRecord.Confirmation(
                        r.get(EXPERIENCE_RECORD.CONFIRMED_BY_NAME), r.get(EXPERIENCE_RECORD.CONFIRMED_BY_EMAIL),
                        r.get(EXPERIENCE_RECORD.CONFIRMED_AT).toInstant()),
                r.get(EXPERIENCE_RECORD.VERSION));
    }

    private static ExperienceDetails details(ExperienceRecordRecord r) {
        return new ExperienceDetails(ExperienceType.valueOf(r.getExperienceType()), r.getHandsOn(), r.getInstitution(),
                r.getDepartment(), r.getCity(), r.getState(), r.getCountry(), Setting.valueOf(r.getSetting()),
                r.getSpecialty(), r.getStartDate(), r.getEndDate(), r.getOngoing(), r.getHoursPerWeek(),
                r.getSupervisorName(), r.getSupervisorTitle(), r.getSupervisorEmail(), r.getTasks(), r.getProcedures(),
                List.of(r.getEhrSystems()), List.of(r.getTrainings()));
    }
}
