package com.smartpick.advising.inbox;

import static com.smartpick.advising.jooq.Tables.NOTIFICATION;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class InboxRepository {

    private final DSLContext db;

    InboxRepository(DSLContext db) {
        this.db = db;
    }

    void insert(long recipientId, String kind, String message, @Nullable String subjectType, @Nullable Long subjectId) {
        db.insertInto(NOTIFICATION).set(NOTIFICATION.RECIPIENT_ID, recipientId).set(NOTIFICATION.KIND, kind)
                .set(NOTIFICATION.MESSAGE, message).set(NOTIFICATION.SUBJECT_TYPE, subjectType)
                .set(NOTIFICATION.SUBJECT_ID, subjectId).execute();
    }

    List<Notification> of(long recipientId, int limit) {
        return db.selectFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(r -> new Notification(r.getId(), r.getKind(), r.getMessage(), r.getSubjectType(), r.getSubjectId(),
                        r.getCreatedAt().toInstant(), r.getReadAt() == null ? null : r.getReadAt().toInstant()));
    }

    int unread(long recipientId) {
        return db.fetchCount(NOTIFICATION, NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull()));
    }

    /** Marks one notification (or all when {@code id} is null) of the recipient read; someone else's id matches nothing. */
    int markRead(long recipientId, @Nullable Long id, OffsetDateTime at) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at).set(NOTIFICATION.VERSION, NOTIFICATION.VERSION.plus(1))
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId)).and(NOTIFICATION.READ_AT.isNull())
                .and(id == null ? NOTIFICATION.ID.isNotNull() : NOTIFICATION.ID.eq(id))
                .execute();
    }
}
