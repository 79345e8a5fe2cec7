package com.smartpick.advising.inbox;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.security.CurrentUser;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone's in-app inbox: each person reads and clears only their own. Other features write into it with
 * {@link #notify}, inside the transaction of the change they announce, and only with what the recipient may read.
 */
@Service
@Transactional
public class InboxService {

    static final int SHOWN = 200;
    static final int MAX_MESSAGE = 500;

    private final InboxRepository inbox;
    private final CurrentUser currentUser;
    private final Clock clock;

    InboxService(InboxRepository inbox, CurrentUser currentUser, Clock clock) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** For other services: a message to one person about a subject they may open, e.g. ("experience", 42). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(long recipientId, String kind, String message, @Nullable String subjectType, @Nullable Long subjectId) {
        String clipped = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
        inbox.insert(recipientId, kind, clipped, subjectType, subjectId);
    }

    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return inbox.of(currentUser.require().personId(), SHOWN);
    }

    @Transactional(readOnly = true)
    public int unreadCount() {
        return currentUser.viewer().map(v -> inbox.unread(v.personId())).orElse(0);
    }

    public void markRead(long notificationId) {
        inbox.markRead(currentUser.require().personId(), notificationId, OffsetDateTime.now(clock));
    }

    public int markAllRead() {
        return inbox.markAllRead(currentUser.require().personId(), OffsetDateTime.now(clock));
    }
}
