package com.smartpick.advising.audit;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

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
}
