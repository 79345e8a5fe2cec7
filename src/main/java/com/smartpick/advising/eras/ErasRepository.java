package com.smartpick.advising.eras;

import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.ERAS_ENTRY;
import static com.smartpick.advising.jooq.Tables.ERAS_SELECTION;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.experience.ExperienceStatus;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.security.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ErasRepository {

    private final DSLContext db;
    private final Visibility visibility;

    ErasRepository(DSLContext db, Visibility visibility) {
        this.db = db;
        this.visibility = visibility;
    }

    Optional<String> studentName(long studentId, Viewer viewer) {
        return db.select(PERSON.DISPLAY_NAME).from(PERSON)
                .where(PERSON.ID.eq(studentId)).and(PERSON.ROLES.contains(new String[] {Role.STUDENT.name()}))
                .and(visibility.students(viewer, PERSON.ID))
                .fetchOptional(PERSON.DISPLAY_NAME);
    }

    /** A mentor edits the selection of a student they mentor now: through an enrollment that has not ended. */
    boolean isMentorOf(long mentorId, long studentId) {
        return db.fetchExists(DSL.selectOne().from(MENTOR_ASSIGNMENT)
                .join(ENROLLMENT).on(Visibility.assignmentIn(MENTOR_ASSIGNMENT, ENROLLMENT))
                .where(MENTOR_ASSIGNMENT.MENTOR_ID.eq(mentorId)).and(MENTOR_ASSIGNMENT.STUDENT_ID.eq(studentId))
                .and(Visibility.carriesAccess(ENROLLMENT)));
    }

    /** The student's current verified records (V3: VERIFIED and not superseded), newest first. */
    List<VerifiedExperience> verified(long studentId, Viewer viewer) {
        return db.selectFrom(EXPERIENCE_RECORD)
                .where(EXPERIENCE_RECORD.STUDENT_ID.eq(studentId)).and(currentVerified())
                .and(visibility.students(viewer, EXPERIENCE_RECORD.STUDENT_ID))
                .orderBy(EXPERIENCE_RECORD.START_DATE.desc(), EXPERIENCE_RECORD.ID)
                .fetch(ErasRepository::experience);
    }

    /** -1 when the student's selection was never saved. */
    int version(long studentId) {
        return db.select(ERAS_SELECTION.VERSION).from(ERAS_SELECTION).where(ERAS_SELECTION.STUDENT_ID.eq(studentId))
                .fetchOptional(ERAS_SELECTION.VERSION).orElse(-1);
    }

    List<ErasEntry> entries(long studentId, Viewer viewer) {
        return db.select(EXPERIENCE_RECORD.fields()).select(ERAS_ENTRY.DESCRIPTION, ERAS_ENTRY.MOST_MEANINGFUL, ERAS_ENTRY.MEANINGFUL_NOTE)
                .from(ERAS_ENTRY).join(EXPERIENCE_RECORD).on(EXPERIENCE_RECORD.ID.eq(ERAS_ENTRY.RECORD_ID))
                .where(ERAS_ENTRY.STUDENT_ID.eq(studentId)).and(visibility.students(viewer, ERAS_ENTRY.STUDENT_ID))
                .orderBy(ERAS_ENTRY.POSITION)
                .fetch(r -> new ErasEntry(experience(r.into(EXPERIENCE_RECORD)), r.get(ERAS_ENTRY.DESCRIPTION),
                        r.get(ERAS_ENTRY.MOST_MEANINGFUL), r.get(ERAS_ENTRY.MEANINGFUL_NOTE)));
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

    private static Condition currentVerified() {
        return EXPERIENCE_RECORD.STATUS.eq(ExperienceStatus.VERIFIED.name()).and(EXPERIENCE_RECORD.SUPERSEDED_BY.isNull());
    }

    private static VerifiedExperience experience(Record r) {
        var e = r.into(EXPERIENCE_RECORD);
        String location = Stream.of(e.getCity(), e.getState(), e.getCountry()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        String supervisor = e.getSupervisorName() + (e.getSupervisorTitle() == null ? "" : ", " + e.getSupervisorTitle());
        return new VerifiedExperience(e.getId(), ExperienceType.valueOf(e.getExperienceType()).label(), e.getInstitution(),
                e.getDepartment(), location, e.getStartDate(), e.getEndDate(), e.getOngoing(), e.getHoursPerWeek(),
                supervisor, e.getTasks());
    }
}
