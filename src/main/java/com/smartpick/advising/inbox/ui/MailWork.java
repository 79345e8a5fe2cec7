package com.smartpick.advising.inbox.ui;

import com.smartpick.advising.inbox.MailOutboxService;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** An admin's e-mails given up after their last attempt: nobody received them, and only the Mail page says so. */
@Component
class MailWork implements WorkSource {

    private final MailOutboxService outbox;

    MailWork(MailOutboxService outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        if (!viewer.may(Permission.SEE_MAIL)) {
            return List.of();
        }
        return List.of(WorkItem.open("E-mails that could not be sent", outbox.failureCount(), MailView.class));
    }
}
