package com.smartpick.advising.inbox;

import static com.smartpick.advising.jooq.Tables.NOTIFICATION;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.jooq.tables.records.NotificationRecord;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.UpdateConditionStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class InboxRepository {

    private final DSLContext db;

    InboxRepository(DSLContext db) {
        this.db = db;
    }

    /** @param forDigest whether it waits for its recipient's next daily digest */
    void insert(long recipientId, String kind, String message, @Nullable String subjectType, @Nullable Long subjectId,
            boolean forDigest) {
        db.insertInto(NOTIFICATION).set(NOTIFICATION.RECIPIENT_ID, recipientId).set(NOTIFICATION.KIND, kind)
                .set(NOTIFICATION.MESSAGE, message).set(NOTIFICATION.SUBJECT_TYPE, subjectType)
                .set(NOTIFICATION.SUBJECT_ID, subjectId).set(NOTIFICATION.DIGEST_PENDING, forDigest).execute();
    }

    /** The people with notifications waiting for a digest. */
    List<Long> digestRecipients() {
        return db.selectDistinct(NOTIFICATION.RECIPIENT_ID).from(NOTIFICATION).where(NOTIFICATION.DIGEST_PENDING.isTrue())
                .orderBy(NOTIFICATION.RECIPIENT_ID).fetch(NOTIFICATION.RECIPIENT_ID);
    }

    /**
     * Locks the person's notifications waiting for a digest, oldest first, skipping those another instance's digest
     * run holds: of two runs at once, one makes the digest and the other finds nothing left.
     */
    List<Notification> claimDigest(long recipientId) {
        return db.selectFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .and(NOTIFICATION.DIGEST_PENDING.isTrue()).orderBy(NOTIFICATION.CREATED_AT, NOTIFICATION.ID)
                .forUpdate().skipLocked().fetch(InboxRepository::notification);
    }

    /** The claimed notifications went into a digest. */
    void digested(long recipientId, List<Long> ids) {
        Rows.atMost(ids.size(), db.update(NOTIFICATION).set(NOTIFICATION.DIGEST_PENDING, false)
                .where(NOTIFICATION.RECIPIENT_ID.eq(recipientId)).and(NOTIFICATION.ID.in(ids)));
    }

    List<Notification> of(long recipientId, int limit) {
        return db.selectFrom(NOTIFICATION).where(NOTIFICATION.RECIPIENT_ID.eq(recipientId))
                .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc()).limit(limit)
                .fetch(InboxRepository::notification);
    }

    private static Notification notification(NotificationRecord r) {
        return new Notification(r.getId(), r.getKind(), r.getMessage(), r.getSubjectType(), r.getSubjectId(),
                r.getCreatedAt().toInstant(), r.getReadAt() == null ? null : r.getReadAt().toInstant());
    }

    int unread(long recipientId) {
        return db.fetchCount(NOTIFICATION, unreadOf(recipientId));
    }

    int unread(long recipientId, String kind) {
        return db.fetchCount(NOTIFICATION, unreadOf(recipientId).and(NOTIFICATION.KIND.eq(kind)));
    }

    private static Condition unreadOf(long recipientId) {
        return NOTIFICATION.RECIPIENT_ID.eq(recipientId).and(NOTIFICATION.READ_AT.isNull());
    }

    /** Marks one unread notification of the recipient read; someone else's id matches nothing. */
    void markRead(long recipientId, long id, OffsetDateTime at) {
        Rows.oneOrNone(markRead(recipientId, at).and(NOTIFICATION.ID.eq(id)));
    }

    /** @return how many of the recipient's notifications were unread */
    int markAllRead(long recipientId, OffsetDateTime at) {
        return Rows.everyMatching(markRead(recipientId, at));
    }

    private UpdateConditionStep<NotificationRecord> markRead(long recipientId, OffsetDateTime at) {
        return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at).set(NOTIFICATION.VERSION, NOTIFICATION.VERSION.plus(1))
                .where(unreadOf(recipientId));
    }
}
