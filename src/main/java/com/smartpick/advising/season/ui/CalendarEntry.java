package com.smartpick.advising.season.ui;

import com.smartpick.advising.season.CohortMilestone;
import com.smartpick.advising.season.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One thing on a day of the month grid: a milestone (its start, or its end) or a task's due date. */
record CalendarEntry(LocalDate day, String text, String kind) {

    static List<CalendarEntry> of(List<CohortMilestone> milestones, List<Task> tasks) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (CohortMilestone m : milestones) {
            String estimate = !m.adjusted() && m.byDefault().estimate() ? " (estimate)" : "";
            if (m.ends() == null) {
                entries.add(new CalendarEntry(m.starts(), m.milestone().label() + estimate, "milestone"));
            } else {
                entries.add(new CalendarEntry(m.starts(), m.milestone().label() + " begins" + estimate, "milestone"));
                entries.add(new CalendarEntry(m.ends(), m.milestone().label() + " ends" + estimate, "milestone"));
            }
        }
        for (Task t : tasks) {
            if (t.due() != null) {
                entries.add(new CalendarEntry(t.due(), t.status().label() + ": " + t.kind().label(),
                        "task task-" + t.status().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }
        entries.sort(Comparator.comparing(CalendarEntry::day));
        return entries;
    }
}
