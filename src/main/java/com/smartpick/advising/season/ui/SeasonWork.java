package com.smartpick.advising.season.ui;

import com.smartpick.advising.season.CohortMilestone;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.season.StudentSeason;
import com.smartpick.advising.season.Task;
import com.smartpick.advising.season.TaskStatus;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorkSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A student's season: her late tasks, those due soon (each line dated by the earliest), and her cohort's next
 * milestone. The staff hear of late students through the readiness dashboard's line.
 */
@Component
class SeasonWork implements WorkSource {

    private final SeasonService seasons;
    private final Clock clock;

    SeasonWork(SeasonService seasons, Clock clock) {
        this.seasons = seasons;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Viewer viewer) {
        if (!viewer.may(Permission.KEEP_OWN_APPLICATION)) {
            return List.of();
        }
        StudentSeason season = seasons.mySeason();
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = new ArrayList<>();
        tasks(season, TaskStatus.LATE, "Season tasks late", today).ifPresent(items::add);
        tasks(season, TaskStatus.DUE_SOON, "Season tasks due soon", today).ifPresent(items::add);
        season.milestones().stream().filter(m -> !m.starts().isBefore(today)).findFirst()
                .map(next -> WorkItem.upcoming("Next: " + next.milestone().label() + estimate(next), MySeasonView.class,
                        next.starts(), today))
                .ifPresent(items::add);
        return items;
    }

    private static Optional<WorkItem> tasks(StudentSeason season, TaskStatus status, String label,
            LocalDate today) {
        List<Task> tasks = season.tasks().stream().filter(t -> t.status() == status).toList();
        return tasks.stream().map(Task::due).filter(Objects::nonNull).min(LocalDate::compareTo)
                .map(earliest -> WorkItem.due(label, tasks.size(), MySeasonView.class, earliest, today));
    }

    /** The published default of a date not published for this season yet is an estimate, and says so. */
    private static String estimate(CohortMilestone milestone) {
        return !milestone.adjusted() && milestone.byDefault().estimate() ? " (estimate)" : "";
    }
}
