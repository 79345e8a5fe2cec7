package com.smartpick.advising.readiness.ui;

import com.smartpick.advising.readiness.Flag;
import com.smartpick.advising.readiness.ReadinessFilter;
import com.smartpick.advising.readiness.ReadinessService;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import org.springframework.stereotype.Component;

/** The students an advisor runs who are behind: a season task past its date and not done, as the dashboard flags. */
@Component
class ReadinessWork implements WorkSource {

    private static final ReadinessFilter LATE = new ReadinessFilter(Flag.LATE_TASKS, null, null, null);

    private final ReadinessService readiness;

    ReadinessWork(ReadinessService readiness) {
        this.readiness = readiness;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        if (!viewer.may(Permission.SEE_READINESS)) {
            return List.of();
        }
        return List.of(new WorkItem("Students with late season tasks", readiness.count(LATE), ReadinessView.class,
                RouteParameters.empty(), ReadinessView.flagged(Flag.LATE_TASKS), null, "", WorkItem.Urgency.LATE));
    }
}
