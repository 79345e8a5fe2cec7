package com.smartpick.advising.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, for rules that depend on elapsed time (rate limits, cached answers). */
public final class HandClock extends Clock {

    private Instant now;

    public HandClock() {
        this(Instant.parse("2026-11-30T12:00:00Z"));
    }

    public HandClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
