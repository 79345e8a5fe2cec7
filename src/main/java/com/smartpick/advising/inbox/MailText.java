package com.smartpick.advising.inbox;

import com.smartpick.advising.base.AdvisingProperties;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The words of the e-mails: plain text, the notification's own message (already written for its recipient, so it
 * holds nothing they may not read), a link to the inbox, and how to get fewer e-mails.
 */
@Component
class MailText {

    static final String PRODUCT = "SmartPick Advising";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, HH:mm", Locale.US);

    record Mail(String subject, String body) {
    }

    private final String inbox;
    private final String settings;
    private final UnsubscribeLinks links;

    MailText(MailSettings mail, AdvisingProperties properties, UnsubscribeLinks links) {
        String base = mail.baseUrl().replaceAll("/+$", "");
        this.inbox = base + properties.path(InboxPaths.INBOX);
        this.settings = base + properties.path(InboxPaths.SETTINGS);
        this.links = links;
    }

    Mail now(long personId, String name, NotificationKind kind, String message) {
        return new Mail(PRODUCT + ": " + kind.label(), """
                Hello %s,

                %s

                Open your inbox: %s

                You get an e-mail about "%s" as soon as it happens. To get these in a daily digest, or in the app only: %s
                To stop e-mails about "%s" (they stay in your inbox): %s
                """.formatted(name, message, inbox, kind.label(), settings, kind.label(),
                links.link(personId, kind.code())));
    }

    Mail digest(long personId, String name, List<Notification> notifications, ZoneId zone) {
        Map<NotificationKind, StringBuilder> byKind = new LinkedHashMap<>();
        for (Notification n : notifications) {
            byKind.computeIfAbsent(NotificationKind.of(n.kind()), k -> new StringBuilder())
                    .append("- ").append(WHEN.format(n.createdAt().atZone(zone))).append(": ").append(n.message())
                    .append('\n');
        }
        StringBuilder body = new StringBuilder("Hello ").append(name).append(",\n\nSince your last digest:\n");
        byKind.forEach((kind, lines) -> body.append('\n').append(kind.label()).append('\n').append(lines));
        body.append("\nOpen your inbox: ").append(inbox).append("\n\nTo choose how you get each kind: ").append(settings)
                .append("\nTo stop e-mails of one kind (they stay in your inbox):\n");
        byKind.keySet().forEach(kind -> body.append("- ").append(kind.label()).append(": ")
                .append(links.link(personId, kind.code())).append('\n'));
        body.append("To stop every digest e-mail: ").append(links.link(personId, UnsubscribeLinks.DIGEST)).append('\n');
        int count = notifications.size();
        return new Mail(PRODUCT + ": your daily digest (" + count + (count == 1 ? " notification)" : " notifications)"),
                body.toString());
    }
}
