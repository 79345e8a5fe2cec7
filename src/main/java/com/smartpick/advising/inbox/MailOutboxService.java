package com.smartpick.advising.inbox;

import com.smartpick.advising.inbox.OutboxMail.MailStatus;
import com.smartpick.advising.jooq.tables.records.MailOutboxRecord;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox: the e-mails notifications wrote, sent by {@link OutboxSender} off every request, and shown to admins.
 * A sender claims due rows with {@code FOR UPDATE SKIP LOCKED} and holds them while it talks to the SMTP server, so
 * senders on any number of instances sharing the database never send one row twice; a failed attempt is tried again
 * after a wait that doubles each time, up to {@link MailSettings#maxAttempts}, and then kept as failed with its error.
 * The one gap no outbox closes: an SMTP server that accepted a message just before the database went away sends it
 * again after the row's lock is lost (each message names its row in {@value #OUTBOX_HEADER}, for a receiver to tell).
 */
@Service
@Transactional
public class MailOutboxService {

    static final String OUTBOX_HEADER = "X-Advising-Outbox-Id";
    static final int SHOWN = 500;

    private final OutboxRepository outbox;
    private final InboxRepository inbox;
    private final MailText text;
    private final UnsubscribeLinks links;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate inOwnTransaction;
    private final CurrentUser currentUser;
    private final Clock clock;

    MailOutboxService(OutboxRepository outbox, InboxRepository inbox, MailText text, UnsubscribeLinks links,
            MailSettings settings, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactions,
            CurrentUser currentUser, Clock clock) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.text = text;
        this.links = links;
        this.settings = settings;
        this.mailSender = mailSender;
        this.inOwnTransaction = new TransactionTemplate(transactions);
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The newest e-mails, sent, waiting or failed, newest first. */
    @Transactional(readOnly = true)
    public List<OutboxMail> recent() {
        currentUser.require(Permission.SEE_MAIL);
        return outbox.recent(SHOWN);
    }

    /** E-mails given up after their last attempt: what an admin's worklist counts as "mail failures". */
    @Transactional(readOnly = true)
    public int failureCount() {
        currentUser.require(Permission.SEE_MAIL);
        return outbox.count(MailStatus.FAILED);
    }

    /** E-mails waiting for their first or next attempt. */
    @Transactional(readOnly = true)
    public int waitingCount() {
        currentUser.require(Permission.SEE_MAIL);
        return outbox.count(MailStatus.PENDING);
    }

    /** {@link #waitingCount} for the meters' own thread, where no one is signed in: a figure, no e-mail of anyone's. */
    @Transactional(readOnly = true)
    int backlog() {
        return outbox.count(MailStatus.PENDING);
    }

    /** Whether an SMTP server is configured: without one, e-mails wait in the outbox. */
    @Transactional(readOnly = true)
    public boolean canSend() {
        currentUser.require(Permission.SEE_MAIL);
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Sends one batch of due e-mails over one SMTP connection, as {@code sender}; the scheduled job's work, with no
     * one signed in.
     *
     * @return how many e-mails were attempted: fewer than a batch means none are due now
     */
    int sendDue(String sender) {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        Integer attempted = inOwnTransaction.execute(status -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<MailOutboxRecord> due = outbox.claimDue(now, settings.batchSize());
            Map<Object, Exception> failed = new IdentityHashMap<>();
            Map<MailOutboxRecord, MimeMessage> messages = new IdentityHashMap<>();
            List<MimeMessage> toSend = new ArrayList<>();
            for (MailOutboxRecord row : due) {
                try {
                    MimeMessage message = message(mail, row);
                    messages.put(row, message);
                    toSend.add(message);
                } catch (MessagingException | MailException unreadable) {
                    failed.put(row, unreadable);
                }
            }
            if (!toSend.isEmpty()) {
                try {
                    mail.send(toSend.toArray(MimeMessage[]::new));
                } catch (MailSendException partly) {
                    failed.putAll(partly.getFailedMessages());
                    if (partly.getFailedMessages().isEmpty()) {
                        toSend.forEach(m -> failed.put(m, partly));
                    }
                } catch (MailException none) {
                    toSend.forEach(m -> failed.put(m, none));
                }
            }
            for (MailOutboxRecord row : due) {
                Exception error = failed.containsKey(row) ? failed.get(row) : failed.get(messages.get(row));
                if (error == null) {
                    outbox.sent(row.getId(), now, sender);
                } else {
                    int attempts = row.getAttempts() + 1;
                    outbox.failed(row.getId(), attempts >= settings.maxAttempts() ? null
                            : now.plus(settings.retryAfter(attempts)), describe(error));
                }
            }
            return due.size();
        });
        return attempted == null ? 0 : attempted;
    }

    /**
     * Puts each person's notifications waiting for a digest into one e-mail, in the outbox; the scheduled job's work.
     * A person without an e-mail address has theirs marked done: the inbox holds them.
     *
     * @return how many digests were written
     */
    int writeDigests() {
        int written = 0;
        for (long person : inbox.digestRecipients()) {
            Boolean wrote = inOwnTransaction.execute(status -> {
                List<Notification> pending = inbox.claimDigest(person);
                if (pending.isEmpty()) {
                    return false;
                }
                inbox.digested(person, pending.stream().map(Notification::id).toList());
                return outbox.recipient(person).map(to -> {
                    MailText.Mail mail = text.digest(person, to.name(), pending, clock.getZone());
                    outbox.enqueue(person, to.email(), UnsubscribeLinks.DIGEST, mail.subject(), mail.body(),
                            links.link(person, UnsubscribeLinks.DIGEST));
                    return true;
                }).orElse(false);
            });
            if (Boolean.TRUE.equals(wrote)) {
                written++;
            }
        }
        return written;
    }

    private MimeMessage message(JavaMailSender mail, MailOutboxRecord row) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(row.getToAddress());
        helper.setSubject(row.getSubject());
        helper.setText(row.getBody(), false);
        if (row.getUnsubscribeUrl() != null) {
            // RFC 2369 and RFC 8058: a mail client's own "unsubscribe" posts to the link, with no page in between
            message.setHeader("List-Unsubscribe", "<" + row.getUnsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.setHeader(OUTBOX_HEADER, Long.toString(row.getId()));
        return message;
    }

    private static String describe(Exception error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        return cause == error ? message : message + " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    }
}
