package com.smartpick.advising.worklist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a worklist: how many things of a kind need the person, where to deal with them, and the date that
 * matters for them (a deadline, or since when the oldest has waited).
 *
 * @param count how many things; null for a line that is a date to keep, not things to do (the next milestone)
 * @param view the view where they are dealt with, opened with {@code parameters} and {@code query} (a filter)
 * @param when the date that matters most for these things (null when none does); also their order
 * @param whenMeans what that date is, for a reader: "waiting since", "due"
 */
public record WorkItem(String label, @Nullable Integer count, Class<? extends Component> view, RouteParameters parameters,
        QueryParameters query, @Nullable LocalDate when, String whenMeans, Urgency urgency) {

    /** How soon the item wants attention; a worklist shows the most urgent first. */
    public enum Urgency {
        LATE, TODAY, SOON, OPEN
    }

    /** Days before a deadline from which it counts as soon. */
    public static final int SOON_DAYS = 7;

    /** Things that wait with no date to keep. */
    public static WorkItem open(String label, int count, Class<? extends Component> view) {
        return new WorkItem(label, count, view, RouteParameters.empty(), QueryParameters.empty(), null, "", Urgency.OPEN);
    }

    /** Things that wait, the oldest since {@code since} (null for none). */
    public static WorkItem waiting(String label, int count, Class<? extends Component> view, RouteParameters parameters,
            @Nullable LocalDate since) {
        return new WorkItem(label, count, view, parameters, QueryParameters.empty(), since, "waiting since", Urgency.OPEN);
    }

    /** Something due on {@code due}: late after it, today on it, soon in the {@link #SOON_DAYS} before. */
    public static WorkItem due(String label, int count, Class<? extends Component> view, LocalDate due, LocalDate today) {
        return new WorkItem(label, count, view, RouteParameters.empty(), QueryParameters.empty(), due, "due",
                urgencyOf(due, today));
    }

    /** A date coming up (today or later) that asks nothing yet but to be kept in mind: today on it, soon before. */
    public static WorkItem upcoming(String label, Class<? extends Component> view, LocalDate on, LocalDate today) {
        return new WorkItem(label, null, view, RouteParameters.empty(), QueryParameters.empty(), on, "on",
                urgencyOf(on, today));
    }

    private static Urgency urgencyOf(LocalDate date, LocalDate today) {
        return date.isBefore(today) ? Urgency.LATE : date.isEqual(today) ? Urgency.TODAY
                : date.isAfter(today.plusDays(SOON_DAYS)) ? Urgency.OPEN : Urgency.SOON;
    }

    /** Whether the line is shown: it has things in it, or it is a date. */
    public boolean worthShowing() {
        return count == null || count > 0;
    }

    /** The same, late once the oldest has waited more than {@code days}. */
    public WorkItem lateAfter(int days, LocalDate today) {
        return when != null && when.plusDays(days).isBefore(today)
                ? new WorkItem(label, count, view, parameters, query, when, whenMeans, Urgency.LATE) : this;
    }
}
