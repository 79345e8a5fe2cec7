package com.smartpick.advising.experience.ui;

import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ExperienceStatus;
import com.smartpick.advising.experience.ReviewItem;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** A reviewer's records waiting for review; a student's records sent back for changes. */
@Component
class ExperienceWork implements WorkSource {

    private final ExperienceService experience;
    private final Clock clock;

    ExperienceWork(ExperienceService experience, Clock clock) {
        this.experience = experience;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (viewer.may(Permission.REVIEW_EXPERIENCE)) {
            List<ReviewItem> queue = experience.reviewQueue("");
            LocalDate oldest = queue.stream().map(ReviewItem::submittedAt).min(Comparator.naturalOrder())
                    .map(at -> LocalDate.ofInstant(at, clock.getZone())).orElse(null);
            items.add(WorkItem.waiting("Records to review", queue.size(), ReviewQueueView.class, RouteParameters.empty(),
                    oldest).lateAfter(ExperienceService.REVIEW_WITHIN_DAYS, today));
        }
        if (viewer.may(Permission.KEEP_OWN_APPLICATION)) {
            long returned = experience.myRecords().stream()
                    .filter(r -> r.status() == ExperienceStatus.CHANGES_REQUESTED).count();
            items.add(WorkItem.open("Records sent back for changes", (int) returned, MyExperienceView.class));
        }
        return items;
    }
}
