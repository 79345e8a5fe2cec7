package com.smartpick.advising.inbox;

import java.time.Duration;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The e-mail side of notifications, {@code advising.mail.*}; the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}. Without {@code spring.mail.host} there is no mail sender: notifications still reach the inbox
 * and their e-mails wait in the outbox (the admins' <i>Mail</i> page shows them) until one is configured.
 *
 * @param from               the sender address of every e-mail
 * @param baseUrl            the portal's public address, for the links in e-mails (no trailing slash)
 * @param unsubscribeSecret  the key that signs unsubscribe links: the same on every instance, and kept secret (unset:
 *                           a random key per start, so links of earlier runs are refused)
 * @param sending            whether this instance sends (an instance that should only write the outbox says false)
 * @param pollInterval       how often the sender looks for due e-mails
 * @param batchSize          how many e-mails one sender claims and sends over one SMTP connection
 * @param maxAttempts        attempts before an e-mail is given up as failed
 * @param firstRetry         the wait after a first failure; it doubles with every further one
 * @param digestTime         when, in the portal's time zone, the daily digests are put together
 */
@ConfigurationProperties("advising.mail")
public record MailSettings(
        @DefaultValue("SmartPick Advising <no-reply@localhost>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @Nullable String unsubscribeSecret,
        @DefaultValue("true") boolean sending,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("1m") Duration firstRetry,
        @DefaultValue("07:00") LocalTime digestTime) {

    /** The longest wait between two attempts, however many failed before. */
    static final Duration LONGEST_RETRY = Duration.ofHours(6);

    /** The wait after the {@code attempts}-th failure: the first retry, doubled for each failure before it. */
    Duration retryAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_RETRY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_RETRY) < 0 ? wait : LONGEST_RETRY;
    }
}
