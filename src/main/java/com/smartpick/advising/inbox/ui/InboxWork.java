package com.smartpick.advising.inbox.ui;

import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** Unread messages: feedback, verifications and the rest of what the inbox announced. */
@Component
class InboxWork implements WorkSource {

    private final InboxService inbox;

    InboxWork(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        return List.of(WorkItem.open("Unread messages", inbox.unreadCount(), InboxView.class));
    }
}
