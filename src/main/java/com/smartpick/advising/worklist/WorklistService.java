package com.smartpick.advising.worklist;

import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Viewer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What needs the signed-in person today: every feature's items with something in them, the most urgent first. */
@Service
@Transactional(readOnly = true)
public class WorklistService {

    private static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator.comparing(WorkItem::urgency)
            .thenComparing(WorkItem::when, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(WorkItem::label);

    private final CurrentUser currentUser;
    private final List<WorkSource> sources;

    WorklistService(CurrentUser currentUser, List<WorkSource> sources) {
        this.currentUser = currentUser;
        this.sources = sources;
    }

    public List<WorkItem> mine() {
        Viewer viewer = currentUser.require();
        return sources.stream().flatMap(source -> source.itemsFor(viewer).stream())
                .filter(WorkItem::worthShowing).sorted(MOST_URGENT_FIRST).toList();
    }
}
