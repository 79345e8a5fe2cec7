package com.smartpick.advising.security;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How many failed sign-ins one key (an account, or a client address) gets before its sign-ins pause, and for how
 * long: 30 seconds after the last free failure, twice as long after each further one, at most 15 minutes. Failures are
 * forgotten an hour after the last of them, which is longer than the longest pause, so waiting a pause out never
 * restores the free failures.
 *
 * @param freeFailures failures before the first pause
 */
record ThrottleRule(int freeFailures) {

    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

    /**
     * A key's failures as stored.
     *
     * @param pausedUntil when the key's current pause ends, if it has one
     */
    record Count(int failures, Instant lastFailure, @Nullable Instant pausedUntil) {

        /** How long the key must still wait; zero when it may try. */
        Duration pausedFor(Instant now) {
            return pausedUntil == null || !pausedUntil.isAfter(now) ? Duration.ZERO
                    : Duration.between(now, pausedUntil);
        }

        /** For the count {@link #withFailure} returns: whether that failure pauses the key. */
        boolean pauses() {
            return pausedUntil != null;
        }
    }

    /** The count as it stands at {@code now}: none once its last failure is forgotten. */
    Count current(Count stored, Instant now) {
        return stored.lastFailure().isBefore(now.minus(FORGET_AFTER)) ? new Count(0, now, null) : stored;
    }

    /**
     * The count with one more failure, and the pause that failure starts. An attempt is counted before its password is
     * checked (and given back if it proves right), so that attempts sent in parallel cannot all slip under the limit.
     */
    Count withFailure(Count current, Instant now) {
        int failures = current.failures() + 1;
        return new Count(failures, now, failures < freeFailures ? null : now.plus(pause(failures)));
    }

    Duration pause(int failures) {
        int doublings = failures - freeFailures;
        // 30 s · 2^5 is past the longest pause already; the cap also keeps the shift from overflowing
        return doublings >= 5 ? LONGEST_PAUSE : FIRST_PAUSE.multipliedBy(1L << doublings);
    }
}
