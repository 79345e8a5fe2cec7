package com.smartpick.advising.inbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox on a thread of its own, every {@link MailSettings#pollInterval}, so no click ever waits for an SMTP
 * server; once a day, after {@link MailSettings#digestTime}, it writes the digests first. Its own thread rather than
 * Spring's {@code @EnableScheduling}, which would switch scheduling on for a whole host portal. Every instance runs
 * one; the outbox's row locks keep them from sending anything twice.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutboxService outbox;
    private final MailSettings settings;
    private final Clock clock;
    private final String name = "outbox@" + ManagementFactory.getRuntimeMXBean().getName();
    private @Nullable ScheduledExecutorService thread;
    private @Nullable LocalDate lastDigest;

    OutboxSender(MailOutboxService outbox, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (!settings.sending() || thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread sender = new Thread(work, "advising-outbox");
            sender.setDaemon(true);
            return sender;
        });
        long every = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void tick() {
        try {
            LocalDateTime now = LocalDateTime.now(clock);
            if (!now.toLocalDate().equals(lastDigest) && !now.toLocalTime().isBefore(settings.digestTime())) {
                int digests = outbox.writeDigests();
                lastDigest = now.toLocalDate();
                LOG.info("Wrote {} daily digest e-mails", digests);
            }
            while (outbox.sendDue(name) == settings.batchSize() && !Thread.currentThread().isInterrupted()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            // the next tick tries again; a row's own failure is recorded on the row, so this is the database or a bug
            LOG.warn("Sending the outbox failed; trying again in {}", settings.pollInterval(), e);
        }
    }
}
