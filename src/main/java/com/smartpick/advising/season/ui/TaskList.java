package com.smartpick.advising.season.ui;

import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.season.StudentSeason;
import com.smartpick.advising.season.Task;
import com.smartpick.advising.season.TaskKind;
import com.smartpick.advising.season.TaskStatus;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A student's tasks with their dates and where each stands; late ones stand out. The student's own page passes
 * {@code confirm} for the two tasks she confirms herself; staff read.
 */
public class TaskList extends Div {

    public TaskList(StudentSeason season, @Nullable BiConsumer<TaskKind, Boolean> confirm) {
        addClassName("season-tasks");
        if (season.cohortName() == null) {
            add(new Paragraph("No current cohort, so no due dates: the season's tasks follow the cohort's calendar."));
        } else if (season.milestones().isEmpty()) {
            add(new Paragraph("The cohort's match season has no calendar here (the portal has the "
                    + season.calendarName() + "), so the tasks have no due dates."));
        }
        if (season.late() > 0) {
            Paragraph late = new Paragraph(season.late() == 1 ? "1 task is late." : season.late() + " tasks are late.");
            late.addClassName("season-late-banner");
            late.setId("season-late-banner");
            add(late);
        }
        season.tasks().forEach(t -> add(row(t, season.canConfirm() ? confirm : null)));
    }

    private static Div row(Task t, @Nullable BiConsumer<TaskKind, Boolean> confirm) {
        Span status = new Span(t.status().label());
        status.addClassNames("badge", "season-status", "task-" + t.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        Span title = new Span(t.kind().label());
        title.addClassName("season-task-title");
        String due = t.due() == null ? "no date" : "due " + Dates.day(t.due()) + (t.estimate() ? " (estimate)" : "");
        Span detail = new Span(due + " · done when " + t.doneWhen());
        detail.addClassName("muted");
        Div row = new Div(status, title, detail);
        row.addClassName("season-task");
        row.setId("season-task-" + t.kind().name().toLowerCase(Locale.ROOT));
        if (t.status() == TaskStatus.LATE) {
            row.addClassName("late");
        }
        if (confirm != null && t.kind().confirmed()) {
            Checkbox done = new Checkbox(t.kind() == TaskKind.RANK_LIST_CERTIFIED ? "I certified it in R3" : "It is final",
                    t.done());
            done.setId("season-confirm-" + t.kind().name().toLowerCase(Locale.ROOT));
            done.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    confirm.accept(t.kind(), change.getValue());
                }
            });
            row.add(done);
        }
        return row;
    }
}
