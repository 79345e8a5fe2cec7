package com.smartpick.advising.audit;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;

import com.smartpick.advising.security.People;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectSeekStep2;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    private static final People PEOPLE = People.as("person");

    private static final People STUDENT = People.as("student");

    private final DSLContext db;

    AuditRepository(DSLContext db) {
        this.db = db;
    }

    void insert(@Nullable Long actorId, String actorName, String actorRoles, String action, String subjectType,
            @Nullable Long subjectId, @Nullable Long studentId, @Nullable String before, @Nullable String after,
            @Nullable String detail) {
        db.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.ACTOR_NAME, actorName)
                .set(AUDIT_EVENT.ACTOR_ROLES, actorRoles)
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.SUBJECT_TYPE, subjectType)
                .set(AUDIT_EVENT.SUBJECT_ID, subjectId)
                .set(AUDIT_EVENT.STUDENT_ID, studentId)
                .set(AUDIT_EVENT.BEFORE_STATE, before)
                .set(AUDIT_EVENT.AFTER_STATE, after)
                .set(AUDIT_EVENT.DETAIL, detail)
                .execute();
    }

    /**
     * The trail, newest first. Each filter maps onto an index of V2/V7: the student's and the actor's
     * {@code (…, at desc)}, the action prefix's pattern index, or {@code at desc} alone.
     */
    List<AuditEntry> search(AuditFilter filter, ZoneId zone, int offset, int limit) {
        return searchQuery(filter, zone).offset(offset).limit(limit).fetch(AuditRepository::entry);
    }

    /** Every event of the search, streamed from a cursor so an export never holds the whole trail in memory. */
    void each(AuditFilter filter, ZoneId zone, int max, Consumer<AuditEntry> sink) {
        try (var cursor = searchQuery(filter, zone).limit(max).fetchSize(1000).fetchLazy()) {
            cursor.forEach(r -> sink.accept(entry(r)));
        }
    }

    /** The reads of a student's record by anyone else: their record of disclosures. */
    int countSince(String actionSuffix, OffsetDateTime since) {
        return db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.endsWith(actionSuffix).and(AUDIT_EVENT.AT.ge(since)));
    }

    /**
     * One entry per person, thing read and hour: a page that reads a record again on every refresh would otherwise
     * fill the student's record of disclosures with copies. Each entry counts its reads and shows the latest.
     */
    List<Disclosure> disclosures(long studentId, int offset, int limit) {
        Field<OffsetDateTime> hour = DSL.field("date_trunc('hour', {0})", OffsetDateTime.class, AUDIT_EVENT.AT);
        Field<OffsetDateTime> latest = DSL.max(AUDIT_EVENT.AT);
        Field<Long> lastId = DSL.max(AUDIT_EVENT.ID);
        return db.select(latest, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.ACTOR_ROLES, AUDIT_EVENT.SUBJECT_TYPE,
                        AUDIT_EVENT.SUBJECT_ID, AUDIT_EVENT.DETAIL, DSL.count())
                .from(AUDIT_EVENT)
                .where(AUDIT_EVENT.STUDENT_ID.eq(studentId)).and(AUDIT_EVENT.ACTION.like("%.read"))
                .and(AUDIT_EVENT.ACTOR_ID.isDistinctFrom(studentId))
                .groupBy(AUDIT_EVENT.ACTOR_ID, AUDIT_EVENT.ACTOR_NAME, AUDIT_EVENT.ACTOR_ROLES, AUDIT_EVENT.SUBJECT_TYPE,
                        AUDIT_EVENT.SUBJECT_ID, AUDIT_EVENT.DETAIL, hour)
                .orderBy(latest.desc(), lastId.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new Disclosure(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** Anyone by name or e-mail, for the search's person and student pickers. */
    List<PersonSummary> people(String text, @Nullable Role role, int limit) {
        String pattern = "%" + escapeLike(text.strip().toLowerCase()) + "%";
        return db.select(PEOPLE.summaryFields()).from(PEOPLE.table())
                .where(DSL.lower(PEOPLE.displayName()).like(pattern, '!').or(DSL.lower(PEOPLE.email()).like(pattern, '!')))
                .and(role == null ? DSL.trueCondition() : PEOPLE.has(role))
                .orderBy(PEOPLE.displayName(), PEOPLE.id())
                .limit(limit)
                .fetch(PEOPLE::summary);
    }

    SelectSeekStep2<Record, OffsetDateTime, Long> searchQuery(AuditFilter filter, ZoneId zone) {
        return db.select(AUDIT_EVENT.fields()).select(STUDENT.displayName())
                .from(AUDIT_EVENT).leftJoin(STUDENT.table()).on(STUDENT.id().eq(AUDIT_EVENT.STUDENT_ID))
                .where(conditions(filter, zone))
                .orderBy(AUDIT_EVENT.AT.desc(), AUDIT_EVENT.ID.desc());
    }

    private static List<Condition> conditions(AuditFilter filter, ZoneId zone) {
        List<Condition> all = new ArrayList<>();
        if (filter.actorId() != null) {
            all.add(AUDIT_EVENT.ACTOR_ID.eq(filter.actorId()));
        }
        if (filter.studentId() != null) {
            all.add(AUDIT_EVENT.STUDENT_ID.eq(filter.studentId()));
        }
        if (!filter.actionPrefix().isEmpty()) {
            all.add(AUDIT_EVENT.ACTION.like(escapeLike(filter.actionPrefix()) + "%", '!'));
        }
        if (filter.from() != null) {
            all.add(AUDIT_EVENT.AT.ge(startOf(filter.from(), zone)));
        }
        if (filter.to() != null) {
            all.add(AUDIT_EVENT.AT.lt(startOf(filter.to().plusDays(1), zone)));
        }
        return all;
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static AuditEntry entry(Record r) {
        return new AuditEntry(r.get(AUDIT_EVENT.ID), r.get(AUDIT_EVENT.AT), r.get(AUDIT_EVENT.ACTOR_ID),
                r.get(AUDIT_EVENT.ACTOR_NAME), r.get(AUDIT_EVENT.ACTOR_ROLES), r.get(AUDIT_EVENT.ACTION),
                r.get(AUDIT_EVENT.SUBJECT_TYPE), r.get(AUDIT_EVENT.SUBJECT_ID), r.get(AUDIT_EVENT.STUDENT_ID),
                r.get(STUDENT.displayName()), r.get(AUDIT_EVENT.BEFORE_STATE), r.get(AUDIT_EVENT.AFTER_STATE),
                r.get(AUDIT_EVENT.DETAIL));
    }
}
