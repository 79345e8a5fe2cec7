package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The students of an advisor's cohorts who need help with their applications now, as the cohort's page says why. */
@Component
class TrackerWork implements WorkSource {

    private final ApplicationTrackerService tracker;

    TrackerWork(ApplicationTrackerService tracker) {
        this.tracker = tracker;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        if (!viewer.may(Permission.FOLLOW_COHORT_OUTCOMES)) {
            return List.of();
        }
        return List.of(WorkItem.open("Students who need help with their applications", tracker.needingHelpNow(),
                CohortApplicationsView.class));
    }
}
