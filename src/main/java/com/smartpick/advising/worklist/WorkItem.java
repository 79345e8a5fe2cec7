package com.smartpick.advising.worklist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a worklist: how many things of a kind need the person, where to deal with them, and the date that
 * matters for them (a deadline, or since when the oldest has waited).
 *
 * @param view the view where they are dealt with, opened with {@code parameters}
 * @param when the date that matters most for these things (null when none does); also their order
 * @param whenMeans what that date is, for a reader: "waiting since", "due"
 */
public record WorkItem(String label, int count, Class<? extends Component> view, RouteParameters parameters,
        @Nullable LocalDate when, String whenMeans, Urgency urgency) {

    /** How soon the item wants attention; a worklist shows the most urgent first. */
    public enum Urgency {
        LATE, TODAY, SOON, OPEN
    }

    /** Days before a deadline from which it counts as soon. */
    public static final int SOON_DAYS = 7;

    /** Things that wait with no date to keep. */
    public static WorkItem open(String label, int count, Class<? extends Component> view) {
        return new WorkItem(label, count, view, RouteParameters.empty(), null, "", Urgency.OPEN);
    }

    /** Things that wait, the oldest since {@code since} (null for none). */
    public static WorkItem waiting(String label, int count, Class<? extends Component> view, RouteParameters parameters,
            @Nullable LocalDate since) {
        return new WorkItem(label, count, view, parameters, since, "waiting since", Urgency.OPEN);
    }

    /** Something due on {@code due}: late after it, today on it, soon in the {@link #SOON_DAYS} before. */
    public static WorkItem due(String label, int count, Class<? extends Component> view, LocalDate due, LocalDate today) {
        Urgency urgency = due.isBefore(today) ? Urgency.LATE : due.isEqual(today) ? Urgency.TODAY
                : due.isAfter(today.plusDays(SOON_DAYS)) ? Urgency.OPEN : Urgency.SOON;
        return new WorkItem(label, count, view, RouteParameters.empty(), due, "due", urgency);
    }

    /** The same, late once the oldest has waited more than {@code days}. */
    public WorkItem lateAfter(int days, LocalDate today) {
        return when != null && when.plusDays(days).isBefore(today)
                ? new WorkItem(label, count, view, parameters, when, whenMeans, Urgency.LATE) : this;
    }
}
