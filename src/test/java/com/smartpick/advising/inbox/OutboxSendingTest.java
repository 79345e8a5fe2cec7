package com.smartpick.advising.inbox;

import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.inbox.OutboxMail.MailStatus;
import com.smartpick.advising.jooq.tables.records.MailOutboxRecord;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.standalone.EmbeddedSmtp;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.HandClock;
import com.smartpick.advising.support.TestData;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox against a real SMTP server: GreenMail in this JVM (the launcher's {@link EmbeddedSmtp}), and senders on
 * the real database with commits between them, as two app instances would be. The tests' own e-mails are due in 2100
 * on the senders' own clocks, so no background sender of another cached context (the real clock) takes them; what
 * other tests left waiting (the demo data's e-mails) is sent first, so that a test's senders have only its own.
 */
@AdvisingTest
class OutboxSendingTest {

    static final Instant DUE = Instant.parse("2100-01-01T07:00:00Z");

    @Autowired DSLContext db;
    @Autowired OutboxRepository outbox;
    @Autowired InboxRepository inbox;
    @Autowired MailText text;
    @Autowired UnsubscribeLinks links;
    @Autowired MailSettings settings;
    @Autowired PlatformTransactionManager transactions;
    @Autowired CurrentUser currentUser;
    @Autowired EmbeddedSmtp smtp;
    @Autowired JavaMailSender mailSender;

    @Test
    void an_e_mail_arrives_once_with_its_unsubscribe_headers() throws Exception {
        Viewer student = new TestData(db).person("Mail Student", Role.STUDENT);
        long id = queued(student, 1).getFirst();

        assertThat(sender(mailSender, settings, new HandClock(DUE)).sendDue("sender-A")).isGreaterThanOrEqualTo(1);

        MimeMessage message = arrived(List.of(id)).get(id).getFirst();
        MailOutboxRecord row = row(id);
        assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo(row.getToAddress());
        assertThat(message.getSubject()).isEqualTo(row.getSubject());
        assertThat(message.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + row.getUnsubscribeUrl() + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(((String) message.getContent())).contains("Your record was verified (message 0)");
        assertThat(row.getStatus()).isEqualTo(MailStatus.SENT.name());
        assertThat(row.getAttempts()).isEqualTo(1);
        assertThat(row.getSentBy()).isEqualTo("sender-A");
    }

    @Test
    void an_e_mail_to_a_physician_outside_the_portal_arrives_to_the_address_without_unsubscribe_headers() throws Exception {
        sendEverythingDue();
        long id = Objects.requireNonNull(new TransactionTemplate(transactions).execute(status -> outbox.enqueue(null,
                "dr.roe@hospital.invalid", OutsideMail.KIND, "A rotation to confirm", "Confirm here: https://portal/x", null)));

        assertThat(sender(mailSender, settings, new HandClock(DUE)).sendDue("sender-A")).isGreaterThanOrEqualTo(1);

        MimeMessage message = arrived(List.of(id)).get(id).getFirst();
        assertThat(((InternetAddress) message.getAllRecipients()[0]).getAddress()).isEqualTo("dr.roe@hospital.invalid");
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        assertThat(row(id).getStatus()).isEqualTo(MailStatus.SENT.name());
    }

    @Test
    void two_senders_on_one_database_send_every_e_mail_exactly_once() throws Exception {
        Viewer student = new TestData(db).person("Busy Student", Role.STUDENT);
        int n = 400;
        sendEverythingDue();
        List<Long> ids = queued(student, n);
        MailSettings smallBatches = withBatch(settings, 10);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Integer>> senders = new ArrayList<>();
        for (String name : List.of("instance-A", "instance-B")) {
            MailOutboxService sender = sender(mailSender, smallBatches, new HandClock(DUE));
            senders.add(threads.submit(() -> {
                start.await();
                int sent = 0;
                for (int batch; (batch = sender.sendDue(name)) > 0; ) {
                    sent += batch;
                }
                return sent;
            }));
        }
        start.countDown();
        int attempted = 0;
        for (Future<Integer> sender : senders) {
            attempted += sender.get();
        }
        threads.shutdown();

        Map<Long, List<MimeMessage>> arrived = arrived(ids);
        assertThat(arrived).hasSize(n);
        assertThat(arrived.values()).allMatch(copies -> copies.size() == 1);
        List<MailOutboxRecord> rows = db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.in(ids)).fetch();
        assertThat(rows).allMatch(r -> r.getStatus().equals("SENT") && r.getAttempts() == 1);
        Map<String, Long> bySender = rows.stream().collect(Collectors.groupingBy(MailOutboxRecord::getSentBy,
                Collectors.counting()));
        assertThat(bySender.keySet()).as("both senders took part: %s", bySender).containsExactlyInAnyOrder("instance-A", "instance-B");
        assertThat(attempted).as("no row attempted by both").isGreaterThanOrEqualTo(n);
    }

    @Test
    void a_failing_smtp_server_is_tried_again_after_waits_that_double_until_the_last_attempt() throws Exception {
        Viewer student = new TestData(db).person("Unlucky Student", Role.STUDENT);
        sendEverythingDue();
        long id = queued(student, 1).getFirst();
        JavaMailSenderImpl nowhere = new JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(closedPort());
        MailSettings three = new MailSettings(settings.from(), settings.baseUrl(), "secret", false, Duration.ofSeconds(5),
                50, 3, Duration.ofMinutes(1), settings.digestTime());
        HandClock clock = new HandClock(DUE);
        MailOutboxService failing = sender(nowhere, three, clock);

        failing.sendDue("sender-A");
        MailOutboxRecord first = row(id);
        assertThat(first.getStatus()).isEqualTo("PENDING");
        assertThat(first.getAttempts()).isEqualTo(1);
        assertThat(first.getNextAttemptAt().toInstant()).isEqualTo(DUE.plus(Duration.ofMinutes(1)));
        assertThat(first.getLastError()).contains("Connect");

        clock.advance(Duration.ofSeconds(59));
        failing.sendDue("sender-A");
        assertThat(row(id).getAttempts()).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        failing.sendDue("sender-A");
        assertThat(row(id).getAttempts()).isEqualTo(2);
        assertThat(row(id).getNextAttemptAt().toInstant()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        failing.sendDue("sender-A");
        MailOutboxRecord last = row(id);
        assertThat(last.getStatus()).isEqualTo("FAILED");
        assertThat(last.getAttempts()).isEqualTo(3);
        assertThat(last.getLastError()).isNotBlank();

        clock.advance(Duration.ofDays(1));
        failing.sendDue("sender-A");
        assertThat(row(id).getAttempts()).as("given up").isEqualTo(3);
        assertThat(arrived(List.of(id))).isEmpty();
    }

    @Test
    void the_wait_doubles_from_the_first_retry_and_stops_growing_at_six_hours() {
        assertThat(settings.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryAfter(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(settings.retryAfter(30)).isEqualTo(Duration.ofHours(6));
    }

    /** {@code count} e-mails to the person, committed, each due at {@link #DUE}. */
    private List<Long> queued(Viewer person, int count) {
        String to = new TestData(db).email(person.personId());
        List<Long> ids = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                MailText.Mail mail = text.now(person.personId(), person.displayName(), NotificationKind.EXPERIENCE_VERIFIED,
                        "Your record was verified (message " + i + ")");
                ids.add(outbox.enqueue(person.personId(), to, NotificationKind.EXPERIENCE_VERIFIED.code(), mail.subject(),
                        mail.body(), links.link(person.personId(), NotificationKind.EXPERIENCE_VERIFIED.code())));
            }
            db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, DUE.atOffset(ZoneOffset.UTC))
                    .set(MAIL_OUTBOX.CREATED_AT, DUE.atOffset(ZoneOffset.UTC)).where(MAIL_OUTBOX.ID.in(ids)).execute();
        });
        return ids;
    }

    private void sendEverythingDue() {
        MailOutboxService sender = sender(mailSender, settings, new HandClock(DUE));
        while (sender.sendDue("before the test") > 0) {
            // until nothing is due
        }
    }

    private MailOutboxService sender(JavaMailSender mail, MailSettings with, Clock clock) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", mail));
        return new MailOutboxService(outbox, inbox, text, links, with, beans.getBeanProvider(JavaMailSender.class),
                transactions, currentUser, clock);
    }

    private MailOutboxRecord row(long id) {
        return db.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchSingle();
    }

    /** The messages GreenMail received for these outbox rows, by row. */
    private Map<Long, List<MimeMessage>> arrived(List<Long> ids) throws MessagingException {
        Map<Long, List<MimeMessage>> byRow = new java.util.HashMap<>();
        for (MimeMessage message : smtp.received()) {
            String[] header = message.getHeader(MailOutboxService.OUTBOX_HEADER);
            if (header != null && ids.contains(Long.parseLong(header[0]))) {
                byRow.computeIfAbsent(Long.parseLong(header[0]), row -> new ArrayList<>()).add(message);
            }
        }
        return byRow;
    }

    private static MailSettings withBatch(MailSettings s, int batch) {
        return new MailSettings(s.from(), s.baseUrl(), s.unsubscribeSecret(), s.sending(), s.pollInterval(), batch,
                s.maxAttempts(), s.firstRetry(), s.digestTime());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
