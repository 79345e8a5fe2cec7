package com.smartpick.advising.inbox;

import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.inbox.OutboxMail.MailStatus;
import com.smartpick.advising.jooq.tables.records.MailOutboxRecord;
import com.smartpick.advising.security.People;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private static final int MAX_ERROR = 1000;

    private final DSLContext db;

    OutboxRepository(DSLContext db) {
        this.db = db;
    }

    record Recipient(String name, String email) {
    }

    /** Whom an e-mail to this person goes to: none without an address. */
    Optional<Recipient> recipient(long personId) {
        People person = People.as("recipient");
        return db.select(person.displayName(), person.email()).from(person.table())
                .where(person.id().eq(personId)).and(person.email().isNotNull()).and(person.email().ne(""))
                .fetchOptional(r -> new Recipient(r.value1(), r.value2()));
    }

    long enqueue(@Nullable Long recipientId, String to, String kind, String subject, String body,
            @Nullable String unsubscribeUrl) {
        return db.insertInto(MAIL_OUTBOX).set(MAIL_OUTBOX.RECIPIENT_ID, recipientId).set(MAIL_OUTBOX.TO_ADDRESS, to)
                .set(MAIL_OUTBOX.KIND, kind).set(MAIL_OUTBOX.SUBJECT, subject).set(MAIL_OUTBOX.BODY, body)
                .set(MAIL_OUTBOX.UNSUBSCRIBE_URL, unsubscribeUrl)
                .returning(MAIL_OUTBOX.ID).fetchOne(MAIL_OUTBOX.ID);
    }

    /**
     * Locks up to {@code limit} due e-mails, oldest first, skipping rows another sender holds: two senders on one
     * database never claim the same row, and a claim lasts until the claiming transaction ends.
     */
    List<MailOutboxRecord> claimDue(OffsetDateTime now, int limit) {
        return db.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())).and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID).limit(limit)
                .forUpdate().skipLocked().fetch();
    }

    void sent(long id, OffsetDateTime at, String sender) {
        Rows.one(db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1)).set(MAIL_OUTBOX.SENT_AT, at)
                .set(MAIL_OUTBOX.SENT_BY, sender).set(MAIL_OUTBOX.LAST_ERROR, (String) null)
                .where(MAIL_OUTBOX.ID.eq(id)).and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())));
    }

    /** One more failed attempt: tried again at {@code retryAt}, or given up when that is null. */
    void failed(long id, @Nullable OffsetDateTime retryAt, String error) {
        String clipped = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
        var update = db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.LAST_ERROR, clipped);
        Rows.one((retryAt == null ? update.set(MAIL_OUTBOX.STATUS, MailStatus.FAILED.name())
                : update.set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, retryAt))
                .where(MAIL_OUTBOX.ID.eq(id)).and(MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name())));
    }

    List<OutboxMail> recent(int limit) {
        return db.selectFrom(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc()).limit(limit)
                .fetch(r -> new OutboxMail(r.getId(), r.getToAddress(), r.getKind(), r.getSubject(),
                        MailStatus.valueOf(r.getStatus()), r.getAttempts(), r.getCreatedAt().toInstant(),
                        r.getNextAttemptAt().toInstant(), r.getSentAt() == null ? null : r.getSentAt().toInstant(),
                        r.getSentBy(), r.getLastError()));
    }

    int count(MailStatus status) {
        return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq(status.name()));
    }
}
