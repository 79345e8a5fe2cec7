package com.smartpick.advising.inbox;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Viewer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone's in-app inbox: each person reads and clears only their own, and chooses per kind whether e-mail follows (at
 * once, in a daily digest, or none). Other features write into it with {@link #notify}, inside the transaction of the
 * change they announce, and only with what the recipient may read; an e-mail due at once is written to the outbox in
 * that same transaction, and sent later, off the request, by {@link MailOutboxService}.
 */
@Service
@Transactional
public class InboxService {

    static final int SHOWN = 200;
    static final int MAX_MESSAGE = 500;

    private final InboxRepository inbox;
    private final PreferenceRepository preferences;
    private final OutboxRepository outbox;
    private final MailText text;
    private final UnsubscribeLinks links;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(InboxRepository inbox, PreferenceRepository preferences, OutboxRepository outbox, MailText text,
            UnsubscribeLinks links, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.preferences = preferences;
        this.outbox = outbox;
        this.text = text;
        this.links = links;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * For other services: a message to one person about a subject they may open, e.g. ("experience", 42).
     *
     * @param kind the code of a {@link NotificationKind}, e.g. {@code "experience.verified"}; any other is refused
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(long recipientId, String kind, String message, @Nullable String subjectType, @Nullable Long subjectId) {
        NotificationKind known = NotificationKind.of(kind);
        String clipped = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
        Delivery delivery = preferences.chosen(recipientId, known.code()).orElse(known.byDefault());
        inbox.insert(recipientId, known.code(), clipped, subjectType, subjectId, delivery == Delivery.DIGEST);
        if (delivery == Delivery.IMMEDIATE) {
            outbox.recipient(recipientId).ifPresent(to -> {
                MailText.Mail mail = text.now(recipientId, to.name(), known, clipped);
                outbox.enqueue(recipientId, to.email(), known.code(), mail.subject(), mail.body(),
                        links.link(recipientId, known.code()));
            });
        }
    }

    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return inbox.of(currentUser.require().personId(), SHOWN);
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return currentUser.viewer().map(v -> inbox.unread(v.personId())).orElse(0);
    }

    /** The signed-in person's unread messages of one kind: what the worklist names apart (feedback). */
    @Transactional(readOnly = true)
    public int unreadCount(NotificationKind kind) {
        return currentUser.viewer().map(v -> inbox.unread(v.personId(), kind.code())).orElse(0);
    }

    public void markRead(long notificationId) {
        inbox.markRead(currentUser.require().personId(), notificationId, OffsetDateTime.now(clock));
    }

    public int markAllRead() {
        return inbox.markAllRead(currentUser.require().personId(), OffsetDateTime.now(clock));
    }

    /** How the signed-in person gets each kind that concerns their roles, in the registry's order. */
    @Transactional(readOnly = true)
    public List<NotificationSetting> mySettings() {
        Viewer me = currentUser.require();
        Map<String, Delivery> chosen = preferences.chosen(me.personId());
        return Arrays.stream(NotificationKind.values()).filter(kind -> kind.concernsAnyOf(me.roles()))
                .map(kind -> new NotificationSetting(kind, chosen.getOrDefault(kind.code(), kind.byDefault()),
                        chosen.containsKey(kind.code())))
                .toList();
    }

    /** The signed-in person's choice for one kind that concerns them; what is already waiting is not changed. */
    public NotificationSetting choose(NotificationKind kind, Delivery delivery) {
        Viewer me = currentUser.require();
        if (!kind.concernsAnyOf(me.roles())) {
            throw new InvalidInputException("kind", "\"" + kind.label() + "\" never reaches you.");
        }
        preferences.choose(me.personId(), kind.code(), delivery, OffsetDateTime.now(clock));
        return new NotificationSetting(kind, delivery, true);
    }

    /**
     * Follows an unsubscribe link, signed in or not: the link's own signature is the authority. Its kind (for a
     * digest's link, every kind the person takes as a digest) becomes "in the app only".
     *
     * @return what now stays in the app only, e.g. "Your record was verified"; nothing for a link that is not genuine
     */
    public Optional<String> unsubscribe(String token) {
        Optional<UnsubscribeLinks.Subscription> link = links.read(token);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        long person = link.get().personId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (UnsubscribeLinks.DIGEST.equals(link.get().kind())) {
            Map<String, Delivery> chosen = preferences.chosen(person);
            for (NotificationKind kind : NotificationKind.values()) {
                if (chosen.getOrDefault(kind.code(), kind.byDefault()) == Delivery.DIGEST) {
                    preferences.choose(person, kind.code(), Delivery.IN_APP, now);
                }
            }
            return Optional.of("the daily digest");
        }
        NotificationKind kind;
        try {
            kind = NotificationKind.of(link.get().kind());
        } catch (IllegalArgumentException retired) {
            return Optional.empty();
        }
        preferences.choose(person, kind.code(), Delivery.IN_APP, now);
        return Optional.of("\"" + kind.label() + "\"");
    }
}
