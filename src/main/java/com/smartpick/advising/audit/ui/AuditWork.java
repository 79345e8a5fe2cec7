package com.smartpick.advising.audit.ui;

import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import java.util.List;

/**
 * For admins: imports refused whole lately (a roster or catalog file with errors), to help the person who tried. It
 * reads the trail, so it comes with {@link com.smartpick.advising.audit.AuditConfiguration.Reading}.
 */
public class AuditWork implements WorkSource {

    static final int RECENT_DAYS = 7;

    private final AuditService audit;

    AuditWork(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        if (!viewer.may(Permission.SEARCH_AUDIT)) {
            return List.of();
        }
        return List.of(WorkItem.open("Imports refused in the last " + RECENT_DAYS + " days",
                audit.refusedInLast(RECENT_DAYS), AuditTrailView.class));
    }
}
