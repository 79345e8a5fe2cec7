package com.smartpick.advising.inbox;

import com.smartpick.advising.base.PluginMeters;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.stereotype.Component;

/**
 * {@code advising.outbox.backlog}: e-mails waiting for their first or next attempt, all instances' alike (the outbox
 * is one table). Counted on a thread of its own every {@link #EVERY}, never while a scrape waits, so a database that
 * is away cannot slow a scrape down: the gauge is then NaN, "not known", until a count succeeds again.
 */
@Component
@ConditionalOnClass(name = PluginMeters.MICROMETER)
class OutboxMeters extends PluginMeters implements DisposableBean {

    static final Duration EVERY = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxMeters.class);

    private final MailOutboxService outbox;
    private volatile double backlog = Double.NaN;
    private @Nullable ScheduledExecutorService counter;

    OutboxMeters(MailOutboxService outbox) {
        this.outbox = outbox;
        Gauge.builder("advising.outbox.backlog", this, meters -> meters.backlog)
                .description("E-mails in the outbox waiting for their first or next attempt (NaN while the database "
                        + "cannot be read)")
                .register(meters);
    }

    /** Counts from the first registry on: where the application has none, nobody reads the gauge. */
    @Override
    public synchronized void bindTo(MeterRegistry registry) {
        super.bindTo(registry);
        if (counter == null) {
            counter = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "advising-outbox-meter");
                thread.setDaemon(true);
                return thread;
            });
            counter.scheduleWithFixedDelay(this::count, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void count() {
        try {
            backlog = outbox.backlog();
        } catch (RuntimeException unreadable) {
            backlog = Double.NaN;
            LOG.debug("Could not count the outbox's backlog: {}", unreadable.toString());
        }
    }

    @Override
    public synchronized void destroy() {
        if (counter != null) {
            counter.shutdownNow();
            counter = null;
        }
    }
}
