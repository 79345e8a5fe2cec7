package com.smartpick.advising.season;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A season put together from the calendar, a cohort's adjusted dates and a student's task figures. */
final class Seasons {

    private Seasons() {
    }

    static List<CohortMilestone> milestones(SeasonCalendar calendar, Map<Milestone, SeasonRepository.Adjusted> adjusted) {
        List<CohortMilestone> milestones = new ArrayList<>();
        for (DefaultDate byDefault : calendar.dates()) {
            SeasonRepository.Adjusted own = adjusted.get(byDefault.milestone());
            milestones.add(own == null
                    ? new CohortMilestone(byDefault.milestone(), byDefault.starts(), byDefault.ends(), byDefault, false, 0)
                    : new CohortMilestone(byDefault.milestone(), own.starts(), own.ends(), byDefault, true, own.version()));
        }
        return milestones;
    }

    static StudentSeason studentSeason(SeasonCalendar calendar, SeasonRepository.StudentTasks t,
            Map<Milestone, SeasonRepository.Adjusted> adjusted, boolean ownPage, LocalDate today) {
        boolean covered = t.cohortId() != null && calendar.covers(t.matchSeason());
        List<CohortMilestone> milestones = covered ? milestones(calendar, adjusted) : List.of();
        List<Task> tasks = new ArrayList<>();
        for (TaskKind kind : TaskKind.values()) {
            LocalDate due = t.due().get(kind);
            boolean done = t.done().get(kind);
            boolean estimate = milestones.stream().anyMatch(m -> m.milestone() == kind.milestone() && !m.adjusted()
                    && m.byDefault().estimate());
            tasks.add(new Task(kind, due, estimate, done, Task.statusOn(today, due, done, calendar.dueSoonDays()),
                    kind.doneWhen(calendar)));
        }
        return new StudentSeason(t.studentId(), t.cohortName(), calendar.name(), milestones, tasks, ownPage);
    }
}
