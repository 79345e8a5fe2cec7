package com.smartpick.advising.inbox;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.standalone.EmbeddedSmtp;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outbox throughput through a real SMTP server (the launcher's GreenMail, in this JVM) on a throwaway embedded
 * PostgreSQL: 1,000 notifications written one transaction each, as clicks write them, then sent by one sender, then
 * 1,000 more sent by two senders at once; mails per second for each, three rounds. Run:
 * {@code mvn -q -B test-compile exec:exec@outbox-bench}.
 */
public final class OutboxBenchmark {

    private static final int MAILS = 1_000;
    private static final int ROUNDS = 3;

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext app = SpringApplication.run(StandaloneApplication.class, "--server.port=0",
                "--advising.embedded-db.data-dir=", "--advising.demo.enabled=false", "--advising.mail.sending=false",
                "--logging.level.root=WARN")) {
            DSLContext db = app.getBean(DSLContext.class);
            InboxService inbox = app.getBean(InboxService.class);
            MailOutboxService outbox = app.getBean(MailOutboxService.class);
            EmbeddedSmtp smtp = app.getBean(EmbeddedSmtp.class);
            TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            Viewer student = new TestData(db).person("Bench Student", Role.STUDENT);
            System.out.printf(Locale.ROOT, "batch size %d, %d cores%n", app.getBean(MailSettings.class).batchSize(),
                    Runtime.getRuntime().availableProcessors());
            for (int round = 1; round <= ROUNDS; round++) {
                long written = queue(inbox, transaction, student);
                int before = smtp.received().length;
                long started = System.nanoTime();
                while (outbox.sendDue("one") > 0) {
                    // until none is due
                }
                long oneSender = System.nanoTime() - started;
                check(smtp, before + MAILS);

                queue(inbox, transaction, student);
                before = smtp.received().length;
                started = System.nanoTime();
                ExecutorService threads = Executors.newFixedThreadPool(2);
                List<Future<?>> senders = new ArrayList<>();
                for (String name : List.of("A", "B")) {
                    senders.add(threads.submit(() -> {
                        while (outbox.sendDue(name) > 0) {
                            // until none is due
                        }
                    }));
                }
                for (Future<?> sender : senders) {
                    sender.get();
                }
                long twoSenders = System.nanoTime() - started;
                threads.shutdown();
                check(smtp, before + MAILS);
                System.out.printf(Locale.ROOT, "round %d: written %,.0f notifications/s (each its own transaction, e-mail "
                                + "at once); sent by one sender %,.0f mails/s; by two senders %,.0f mails/s%n", round,
                        MAILS / (written / 1e9), MAILS / (oneSender / 1e9), MAILS / (twoSenders / 1e9));
            }
        }
    }

    /** @return nanoseconds to write {@link #MAILS} notifications, each as one click's transaction would */
    private static long queue(InboxService inbox, TransactionTemplate transaction, Viewer student) {
        long started = System.nanoTime();
        for (int i = 0; i < MAILS; i++) {
            int n = i;
            transaction.executeWithoutResult(status -> inbox.notify(student.personId(), "experience.verified",
                    "Bench Mentor verified your clinical rotation at Bench Hospital " + n + ".", "experience", (long) n));
        }
        return System.nanoTime() - started;
    }

    private static void check(EmbeddedSmtp smtp, int expected) {
        if (smtp.received().length != expected) {
            throw new IllegalStateException("GreenMail holds " + smtp.received().length + " messages, not " + expected);
        }
    }
}
