package com.smartpick.advising.inbox.ui;

import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.NotificationKind;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Unread feedback, named apart since it asks the student to act on it, and the other unread messages. */
@Component
class InboxWork implements WorkSource {

    private final InboxService inbox;

    InboxWork(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        int feedback = inbox.unreadCount(NotificationKind.FEEDBACK);
        return List.of(WorkItem.open("Unread feedback", feedback, InboxView.class),
                WorkItem.open(feedback == 0 ? "Unread messages" : "Unread messages (other)", inbox.unreadCount() - feedback,
                        InboxView.class));
    }
}
