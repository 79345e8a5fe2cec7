package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.SIGN_IN_THROTTLE;

import com.smartpick.advising.base.Rows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class SignInThrottleRepository {

    /** Enough to keep up with any rate of new rows the pauses allow, small enough to cost an attempt nothing. */
    private static final int PURGE_BATCH = 500;

    private final DSLContext db;

    SignInThrottleRepository(DSLContext db) {
        this.db = db;
    }

    /**
     * The key's count, its row locked until the transaction ends (created empty if the key is new), so that attempts
     * on one key, from any instance of the portal, are counted one after the other.
     */
    ThrottleRule.Count lock(String kind, String key, Instant now) {
        db.insertInto(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.KIND, kind)
                .set(SIGN_IN_THROTTLE.KEY, key)
                .set(SIGN_IN_THROTTLE.FAILURES, 0)
                .set(SIGN_IN_THROTTLE.LAST_FAILURE, utc(now))
                .onConflictDoNothing()
                .execute();
        return db.select(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.LAST_FAILURE, SIGN_IN_THROTTLE.PAUSED_UNTIL)
                .from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind)).and(SIGN_IN_THROTTLE.KEY.eq(key))
                .forUpdate()
                .fetchSingle(r -> new ThrottleRule.Count(r.value1(), r.value2().toInstant(),
                        r.value3() == null ? null : r.value3().toInstant()));
    }

    void save(String kind, String key, ThrottleRule.Count count) {
        Rows.one(db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, count.failures())
                .set(SIGN_IN_THROTTLE.LAST_FAILURE, utc(count.lastFailure()))
                .set(SIGN_IN_THROTTLE.PAUSED_UNTIL, count.pausedUntil() == null ? null : utc(count.pausedUntil()))
                .where(SIGN_IN_THROTTLE.KIND.eq(kind)).and(SIGN_IN_THROTTLE.KEY.eq(key)));
    }

    void forget(String kind, String key) {
        Rows.oneOrNone(db.deleteFrom(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.KIND.eq(kind)).and(SIGN_IN_THROTTLE.KEY.eq(key)));
    }

    /** Takes back one counted failure, and the pause it started if that pause is still the key's. */
    void giveBack(String kind, String key, @Nullable Instant pauseItStarted) {
        Rows.oneOrNone(db.update(SIGN_IN_THROTTLE)
                .set(SIGN_IN_THROTTLE.FAILURES, SIGN_IN_THROTTLE.FAILURES.minus(1))
                .set(SIGN_IN_THROTTLE.PAUSED_UNTIL, pauseItStarted == null ? SIGN_IN_THROTTLE.PAUSED_UNTIL
                        : DSL.when(SIGN_IN_THROTTLE.PAUSED_UNTIL.eq(utc(pauseItStarted)),
                                DSL.castNull(SIGN_IN_THROTTLE.PAUSED_UNTIL)).otherwise(SIGN_IN_THROTTLE.PAUSED_UNTIL))
                .where(SIGN_IN_THROTTLE.KIND.eq(kind)).and(SIGN_IN_THROTTLE.KEY.eq(key))
                .and(SIGN_IN_THROTTLE.FAILURES.gt(0)));
    }

    /**
     * Removes rows whose last failure is older than {@code cutoff}. Rows another attempt holds are skipped, not waited
     * for: two purges deleting the same rows in different orders would otherwise deadlock.
     */
    void forgetFailuresBefore(Instant cutoff) {
        var old = db.select(SIGN_IN_THROTTLE.KIND, SIGN_IN_THROTTLE.KEY).from(SIGN_IN_THROTTLE)
                .where(SIGN_IN_THROTTLE.LAST_FAILURE.lt(utc(cutoff)))
                .limit(PURGE_BATCH)
                .forUpdate().skipLocked();
        Rows.atMost(PURGE_BATCH, db.deleteFrom(SIGN_IN_THROTTLE)
                .where(DSL.row(SIGN_IN_THROTTLE.KIND, SIGN_IN_THROTTLE.KEY).in(old)));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
