package com.smartpick.advising.standalone.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo installation's clock: the system's, except on the thread loading the demo while {@link DemoScene} turns it
 * back. The services date what they record by the {@code Clock} bean, so a record the demo submits "nine days ago"
 * waits for review as long as one a student submitted then, and is flagged as such; every other thread (a request
 * answered meanwhile) reads the real time. Timestamps the database sets itself (the audit trail's among them) keep the
 * real time of loading.
 */
@Component
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
class DemoClock extends Clock {

    private static final ThreadLocal<Duration> BEHIND = ThreadLocal.withInitial(() -> Duration.ZERO);

    private final Clock system;

    DemoClock() {
        this(Clock.systemDefaultZone());
    }

    private DemoClock(Clock system) {
        this.system = system;
    }

    /** Until {@link #catchUp}, this thread reads the time as it was {@code days} days ago. */
    void turnBack(int days) {
        BEHIND.set(Duration.ofDays(days));
    }

    void catchUp() {
        BEHIND.remove();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        return system.instant().minus(BEHIND.get());
    }
}
