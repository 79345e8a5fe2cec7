package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.LETTER;
import static com.smartpick.advising.jooq.Tables.LETTER_REMINDER;
import static com.smartpick.advising.jooq.Tables.LETTER_REVISION;
import static com.smartpick.advising.jooq.Tables.LETTER_UPLOAD;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Letters, filtered in every query by who is asking. Two conditions decide it: {@link #visible} (which letters a
 * person may know of: a student their own, a mentor those asked of them for a mentee, an advisor those of their
 * cohorts' students, an admin all) and {@link #contentReadable} (whose content they may read now). The second
 * always excludes a waived letter from its own student, whatever other role they hold.
 */
@Repository
class LetterRepository {

    private static final People PEOPLE = People.as("person");

    private static final People STUDENT = People.as("student");
    private static final People MENTOR = People.as("mentor");
    private static final String READABLE_REASON = "readable_reason";
    private static final String OUTSIDE_WRITER_EMAIL = "outside_writer_email";
    private static final Field<Integer> LATEST_REVISION = DSL.field(DSL.select(DSL.max(LETTER_REVISION.REVISION))
            .from(LETTER_REVISION).where(LETTER_REVISION.LETTER_ID.eq(LETTER.ID)));

    enum Scope {
        /** a student's own letters */
        OWN,
        /** letters asked of the viewer as a mentor */
        ASKED_OF_ME,
        /** every letter the viewer may know of (an advisor's cohorts, an admin's all) */
        ALL_VISIBLE
    }

    private final DSLContext db;
    private final StudentAccess access;

    LetterRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    List<Letter> list(Viewer viewer, Scope scope, @Nullable LetterStatus status) {
        Condition scoped = switch (scope) {
            case OWN -> LETTER.STUDENT_ID.eq(viewer.personId());
            case ASKED_OF_ME -> LETTER.MENTOR_ID.eq(viewer.personId());
            case ALL_VISIBLE -> DSL.trueCondition();
        };
        return select(viewer).where(visible(viewer)).and(scoped)
                .and(status == null ? DSL.trueCondition() : LETTER.STATUS.eq(status.name()))
                .orderBy(LETTER.REQUESTED_AT.desc(), LETTER.ID.desc())
                .fetch(LetterRepository::letter);
    }

    Optional<Letter> find(Viewer viewer, long id) {
        return select(viewer).where(LETTER.ID.eq(id)).and(visible(viewer)).fetchOptional(LetterRepository::letter);
    }

    /**
     * The letter an outside writer's link names, as its writer sees it: the link, checked by the caller, is the
     * permission, so no visibility condition applies; the reason of a return is shown, as it is meant for the writer.
     */
    Optional<Letter> linkedFrom(long id) {
        return db.select(LETTER.MENTOR_ID).from(LETTER).where(LETTER.ID.eq(id)).fetchOptional(LETTER.MENTOR_ID)
                .flatMap(writer -> select(new Viewer(writer, "", java.util.Set.of())).where(LETTER.ID.eq(id))
                        .fetchOptional(LetterRepository::letter));
    }

    /** The content, only where {@link #contentReadable} holds: the query itself refuses everyone else. */
    Optional<LetterContent> content(Viewer viewer, long id) {
        return db.select(LETTER.ID, LETTER.CONTENT_KIND, LETTER_REVISION.BODY, LETTER_REVISION.REVISION, LETTER_UPLOAD.FILE_NAME)
                .from(LETTER)
                .leftJoin(LETTER_REVISION).on(LETTER_REVISION.LETTER_ID.eq(LETTER.ID)
                        .and(LETTER_REVISION.REVISION.eq(LATEST_REVISION)))
                .leftJoin(LETTER_UPLOAD).on(LETTER_UPLOAD.LETTER_ID.eq(LETTER.ID))
                .where(LETTER.ID.eq(id)).and(visible(viewer)).and(contentReadable(viewer))
                .fetchOptional(r -> {
                    ContentKind kind = ContentKind.valueOf(r.get(LETTER.CONTENT_KIND));
                    return new LetterContent(r.get(LETTER.ID), kind, kind == ContentKind.TEXT ? r.get(LETTER_REVISION.BODY) : null,
                            r.get(LETTER_REVISION.REVISION) == null ? 0 : r.get(LETTER_REVISION.REVISION),
                            kind == ContentKind.PDF ? r.get(LETTER_UPLOAD.FILE_NAME) : null);
                });
    }

    /** The uploaded PDF's bytes, under the same refusal as {@link #content}. */
    Optional<PdfFile> upload(Viewer viewer, long id) {
        return db.select(LETTER_UPLOAD.FILE_NAME, LETTER_UPLOAD.CONTENT).from(LETTER_UPLOAD)
                .join(LETTER).on(LETTER.ID.eq(LETTER_UPLOAD.LETTER_ID))
                .where(LETTER.ID.eq(id)).and(visible(viewer)).and(contentReadable(viewer))
                .fetchOptional(r -> new PdfFile(r.value1(), r.value2()));
    }

    /** The revision history, for the letter's author only. */
    List<LetterRevision> revisions(Viewer viewer, long id) {
        return db.select(LETTER_REVISION.REVISION, LETTER_REVISION.SAVED_AT, DSL.length(LETTER_REVISION.BODY))
                .from(LETTER_REVISION).join(LETTER).on(LETTER.ID.eq(LETTER_REVISION.LETTER_ID))
                .where(LETTER.ID.eq(id)).and(LETTER.MENTOR_ID.eq(viewer.personId())).and(visible(viewer))
                .orderBy(LETTER_REVISION.REVISION.desc())
                .fetch(r -> new LetterRevision(r.value1(), r.value2(), r.value3()));
    }

    List<ApprovedLetter> approved(Viewer viewer, long studentId) {
        return db.select(LETTER.ID, MENTOR.displayName(), LETTER.SPECIALTY, LETTER.PURPOSE, LETTER.REQUESTED_AT).from(LETTER)
                .join(MENTOR.table()).on(MENTOR.id().eq(LETTER.MENTOR_ID))
                .where(LETTER.STUDENT_ID.eq(studentId)).and(LETTER.STATUS.eq(LetterStatus.APPROVED.name()))
                .and(access.students(viewer, LETTER.STUDENT_ID))
                .orderBy(LETTER.DECIDED_AT, LETTER.ID)
                .fetch(r -> new ApprovedLetter(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5().atZoneSameInstant(ZoneId.systemDefault()).toLocalDate()));
    }


    /**
     * Every letter still to be handed in that is due by {@code dueBy}, as its writer sees it, by id: what the daily
     * reminder job goes through. No viewer's condition: the job acts for each letter's own writer, and reads no content
     * and no reason (the nobody it selects as may read neither).
     */
    List<Letter> openDueBy(LocalDate dueBy) {
        return select(new Viewer(0, "", Set.of())).where(LETTER.DUE_ON.le(dueBy))
                .and(LETTER.STATUS.in(LetterStatus.WITH_WRITER.stream().map(Enum::name).toList()))
                .orderBy(LETTER.ID)
                .fetch(LetterRepository::letter);
    }

    /** Whether this reminder of the letter is new: false when any instance sent it before. */
    boolean markReminded(long letterId, String kind) {
        return db.insertInto(LETTER_REMINDER).set(LETTER_REMINDER.LETTER_ID, letterId).set(LETTER_REMINDER.KIND, kind)
                .onConflictDoNothing().execute() == 1;
    }

    long insert(long studentId, LetterRequest request, OffsetDateTime at) {
        return db.insertInto(LETTER)
                .set(LETTER.STUDENT_ID, studentId)
                .set(LETTER.MENTOR_ID, request.mentorId())
                .set(LETTER.SPECIALTY, request.specialty())
                .set(LETTER.PURPOSE, request.purpose())
                .set(LETTER.DUE_ON, request.dueOn())
                .set(LETTER.PROGRAMS, request.programs().toArray(String[]::new))
                .set(LETTER.WAIVED, request.waiveRightToRead())
                .set(LETTER.WAIVER_RECORDED_AT, at)
                .set(LETTER.WAIVER_RECORDED_BY, studentId)
                .set(LETTER.REQUESTED_AT, at)
                .returning(LETTER.ID).fetchSingle(LETTER.ID);
    }

    /** @return false when the letter's version moved on since it was read */
    boolean move(long id, int expectedVersion, LetterStatus to, @Nullable String reason, @Nullable Long decidedBy,
            OffsetDateTime at) {
        var update = db.update(LETTER).set(LETTER.STATUS, to.name()).set(LETTER.REASON, reason)
                .set(LETTER.VERSION, LETTER.VERSION.plus(1));
        if (to == LetterStatus.SUBMITTED) {
            update = update.set(LETTER.SUBMITTED_AT, at);
        }
        if (decidedBy != null) {
            update = update.set(LETTER.DECIDED_AT, at).set(LETTER.DECIDED_BY, decidedBy);
        }
        return Rows.oneOrNone(update.where(LETTER.ID.eq(id)).and(LETTER.VERSION.eq(expectedVersion)));
    }

    /** Claims the letter's version for a new content (text or PDF): @return false when it moved on. */
    boolean setContent(long id, int expectedVersion, ContentKind kind, Letterhead letterhead) {
        return Rows.oneOrNone(db.update(LETTER)
                .set(LETTER.STATUS, LetterStatus.DRAFTING.name())
                .set(LETTER.REASON, (String) null)
                .set(LETTER.CONTENT_KIND, kind.name())
                .set(LETTER.AUTHOR_TITLE, letterhead.title())
                .set(LETTER.AUTHOR_INSTITUTION, letterhead.institution())
                .set(LETTER.AUTHOR_CONTACT, letterhead.contact())
                .set(LETTER.VERSION, LETTER.VERSION.plus(1))
                .where(LETTER.ID.eq(id)).and(LETTER.VERSION.eq(expectedVersion)));
    }

    int addRevision(long id, String body, long savedBy, OffsetDateTime at) {
        int next = db.select(DSL.coalesce(DSL.max(LETTER_REVISION.REVISION), 0)).from(LETTER_REVISION)
                .where(LETTER_REVISION.LETTER_ID.eq(id)).fetchSingle().value1() + 1;
        db.insertInto(LETTER_REVISION).set(LETTER_REVISION.LETTER_ID, id).set(LETTER_REVISION.REVISION, next)
                .set(LETTER_REVISION.BODY, body).set(LETTER_REVISION.SAVED_BY, savedBy).set(LETTER_REVISION.SAVED_AT, at)
                .execute();
        return next;
    }

    void putUpload(long id, String fileName, byte[] content, long uploadedBy, OffsetDateTime at) {
        db.insertInto(LETTER_UPLOAD).set(LETTER_UPLOAD.LETTER_ID, id).set(LETTER_UPLOAD.FILE_NAME, fileName)
                .set(LETTER_UPLOAD.CONTENT, content).set(LETTER_UPLOAD.UPLOADED_BY, uploadedBy)
                .set(LETTER_UPLOAD.UPLOADED_AT, at)
                .onConflict(LETTER_UPLOAD.LETTER_ID).doUpdate()
                .set(LETTER_UPLOAD.FILE_NAME, fileName).set(LETTER_UPLOAD.CONTENT, content)
                .set(LETTER_UPLOAD.UPLOADED_BY, uploadedBy).set(LETTER_UPLOAD.UPLOADED_AT, at)
                .execute();
    }

    private Condition visible(Viewer viewer) {
        if (viewer.has(Role.ADMIN)) {
            return DSL.trueCondition();
        }
        List<Condition> any = new ArrayList<>();
        if (viewer.has(Role.STUDENT)) {
            any.add(LETTER.STUDENT_ID.eq(viewer.personId()));
        }
        if (viewer.has(Role.MENTOR)) {
            any.add(LETTER.MENTOR_ID.eq(viewer.personId()).and(access.students(as(viewer, Role.MENTOR), LETTER.STUDENT_ID)));
        }
        if (viewer.has(Role.ADVISOR)) {
            any.add(access.students(as(viewer, Role.ADVISOR), LETTER.STUDENT_ID));
        }
        return anyOf(any);
    }

    private Condition contentReadable(Viewer viewer) {
        List<Condition> any = new ArrayList<>();
        Condition shownToAdvisors = LETTER.STATUS.in(LetterStatus.SHOWN_TO_ADVISORS.stream().map(Enum::name).toList());
        if (viewer.has(Role.ADMIN)) {
            any.add(shownToAdvisors);
        }
        if (viewer.has(Role.STUDENT)) {
            any.add(LETTER.STUDENT_ID.eq(viewer.personId()).and(LETTER.STATUS.eq(LetterStatus.APPROVED.name()))
                    .and(LETTER.WAIVED.isFalse()));
        }
        if (viewer.has(Role.MENTOR)) {
            any.add(LETTER.MENTOR_ID.eq(viewer.personId()).and(access.students(as(viewer, Role.MENTOR), LETTER.STUDENT_ID)));
        }
        if (viewer.has(Role.ADVISOR)) {
            any.add(access.students(as(viewer, Role.ADVISOR), LETTER.STUDENT_ID).and(shownToAdvisors));
        }
        return LETTER.CONTENT_KIND.ne(ContentKind.NONE.name())
                .and(anyOf(any))
                .andNot(LETTER.WAIVED.isTrue().and(LETTER.STUDENT_ID.eq(viewer.personId())));
    }

    /** Someone with none of the roles matches nothing (never jOOQ's empty "no condition", which matches all). */
    private static Condition anyOf(List<Condition> conditions) {
        return conditions.isEmpty() ? DSL.falseCondition() : DSL.or(conditions);
    }

    /** The viewer in one of their roles only, so one role's reach never widens another's. */
    private static Viewer as(Viewer viewer, Role role) {
        return new Viewer(viewer.personId(), viewer.displayName(), Set.of(role));
    }

    /**
     * A decline's reason is written to the student; a return's is the advisor's word to the mentor, which the student
     * never receives, whatever view asks.
     */
    private static Field<String> reasonFor(Viewer viewer) {
        return DSL.when(LETTER.STATUS.ne(LetterStatus.RETURNED.name()).or(LETTER.STUDENT_ID.ne(viewer.personId())),
                LETTER.REASON).as(READABLE_REASON);
    }

    private org.jooq.SelectJoinStep<Record> select(Viewer viewer) {
        List<Field<?>> columns = new ArrayList<>(Arrays.asList(LETTER.fields()));
        columns.remove(LETTER.REASON);
        return db.select(columns).select(reasonFor(viewer), STUDENT.displayName(), MENTOR.displayName(),
                        DSL.field(contentReadable(viewer)).as("content_readable"),
                        DSL.when(MENTOR.outsider(), MENTOR.email()).as(OUTSIDE_WRITER_EMAIL))
                .from(LETTER)
                .join(STUDENT.table()).on(STUDENT.id().eq(LETTER.STUDENT_ID))
                .join(MENTOR.table()).on(MENTOR.id().eq(LETTER.MENTOR_ID));
    }

    private static Letter letter(Record r) {
        return new Letter(r.get(LETTER.ID), r.get(LETTER.STUDENT_ID), r.get(STUDENT.displayName()), r.get(LETTER.MENTOR_ID),
                r.get(MENTOR.displayName()), r.get(LETTER.SPECIALTY), r.get(LETTER.PURPOSE), Arrays.asList(r.get(LETTER.PROGRAMS)),
                r.get(LETTER.DUE_ON),
                r.get(LETTER.WAIVED), r.get(LETTER.WAIVER_RECORDED_AT), LetterStatus.valueOf(r.get(LETTER.STATUS)),
                r.get(READABLE_REASON, String.class), ContentKind.valueOf(r.get(LETTER.CONTENT_KIND)),
                new Letterhead(r.get(LETTER.AUTHOR_TITLE), r.get(LETTER.AUTHOR_INSTITUTION), r.get(LETTER.AUTHOR_CONTACT)),
                r.get(LETTER.REQUESTED_AT), r.get(LETTER.DECIDED_AT),
                Boolean.TRUE.equals(r.get("content_readable", Boolean.class)), r.get(OUTSIDE_WRITER_EMAIL, String.class),
                r.get(LETTER.VERSION));
    }
}
