package com.smartpick.advising.smartpick.preview;

import static com.smartpick.advising.jooq.Tables.PREVIEW_ALLOWANCE;

import com.smartpick.advising.base.Rows;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address: {@value #CAPACITY} previews at once, then one more every {@value #REFILL_SECONDS}
 * seconds. Kept in the database ({@code preview_allowance}), so every instance behind a load balancer draws on the one
 * budget of a client, and timed by the database's clock, so instances whose clocks differ a little still agree. Taking
 * a token is one statement under the row's lock: previews on several instances at once never take the same token. A
 * bucket untouched for {@link #FULL_AFTER_SECONDS} is full again, the same as none, so such rows are deleted as
 * previews come in: the table holds only the addresses of about the last minute.
 */
@Component
public class PreviewRateLimiter {

    public static final int CAPACITY = 10;
    public static final int REFILL_SECONDS = 6;
    static final int FULL_AFTER_SECONDS = CAPACITY * REFILL_SECONDS;
    /** Enough to keep up with any rate of new addresses, small enough to cost a preview nothing. */
    private static final int PURGE_BATCH = 500;

    private final DSLContext db;

    PreviewRateLimiter(DSLContext db) {
        this.db = db;
    }

    /** @return 0 when the client may go ahead (a token is taken), else the seconds until it may try again */
    public long acquire(String client) {
        forgetFullBuckets();
        Field<Double> refilled = refilled();
        boolean taken = db.insertInto(PREVIEW_ALLOWANCE)
                .set(PREVIEW_ALLOWANCE.CLIENT, client)
                .set(PREVIEW_ALLOWANCE.TOKENS, CAPACITY - 1.0)
                .set(PREVIEW_ALLOWANCE.REFRESHED_AT, DSL.currentOffsetDateTime())
                .onConflict(PREVIEW_ALLOWANCE.CLIENT).doUpdate()
                .set(PREVIEW_ALLOWANCE.TOKENS, refilled.minus(1.0))
                .set(PREVIEW_ALLOWANCE.REFRESHED_AT, DSL.currentOffsetDateTime())
                .where(refilled.ge(1.0))
                .execute() == 1;
        if (taken) {
            return 0;
        }
        // refused: the row is left as it was, so asking again and again does not push the next token further away
        double tokens = db.select(refilled).from(PREVIEW_ALLOWANCE).where(PREVIEW_ALLOWANCE.CLIENT.eq(client))
                .fetchOptional(0, Double.class).orElse((double) CAPACITY);
        return Math.max(1, (long) Math.ceil((1 - tokens) * REFILL_SECONDS));
    }

    /** The client's tokens now: those left at the last preview plus what the time since has added, up to the burst. */
    private static Field<Double> refilled() {
        // never negative: another transaction may have stamped the row with a later start than this one's
        Field<Double> seconds = DSL.greatest(DSL.inline(0.0), DSL.field("extract(epoch from (current_timestamp - {0}))",
                SQLDataType.DOUBLE, PREVIEW_ALLOWANCE.REFRESHED_AT));
        return DSL.least(DSL.inline((double) CAPACITY),
                PREVIEW_ALLOWANCE.TOKENS.plus(seconds.div(DSL.inline((double) REFILL_SECONDS))));
    }

    /**
     * Rows another preview holds are skipped, not waited for: two purges deleting the same rows in different orders
     * would otherwise deadlock.
     */
    private void forgetFullBuckets() {
        var full = db.select(PREVIEW_ALLOWANCE.CLIENT).from(PREVIEW_ALLOWANCE)
                .where(DSL.condition("{0} < current_timestamp - make_interval(secs => {1})",
                        PREVIEW_ALLOWANCE.REFRESHED_AT, DSL.inline(FULL_AFTER_SECONDS)))
                .limit(PURGE_BATCH)
                .forUpdate().skipLocked();
        Rows.atMost(PURGE_BATCH, db.deleteFrom(PREVIEW_ALLOWANCE).where(PREVIEW_ALLOWANCE.CLIENT.in(full)));
    }
}
