package com.smartpick.advising.season.ui;

import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.season.CohortMilestone;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** The season's milestones with their dates and where each date comes from: the published default, or the cohort's. */
class MilestoneList extends Div {

    MilestoneList(List<CohortMilestone> milestones) {
        addClassName("season-milestones");
        milestones.forEach(m -> add(row(m)));
    }

    static String dates(CohortMilestone m) {
        return Dates.day(m.starts()) + (m.ends() == null ? "" : " to " + Dates.day(m.ends()));
    }

    static Span source(CohortMilestone m) {
        Span source = new Span(m.adjusted()
                ? "Set for the cohort by its advisor; published default " + Dates.day(m.byDefault().starts())
                        + (m.byDefault().estimate() ? " (estimate)" : "") + ". " + m.byDefault().source()
                : m.byDefault().source());
        source.addClassNames("muted", "season-source");
        return source;
    }

    private static Div row(CohortMilestone m) {
        Span label = new Span(m.milestone().label());
        label.addClassName("season-milestone-label");
        Span date = new Span(dates(m));
        date.addClassName("season-milestone-date");
        Div row = new Div(label, date);
        if (!m.adjusted() && m.byDefault().estimate()) {
            Span estimate = new Span("estimate");
            estimate.addClassNames("badge", "season-estimate");
            row.add(estimate);
        }
        if (m.adjusted()) {
            Span adjusted = new Span("cohort's date");
            adjusted.addClassNames("badge", "season-adjusted");
            row.add(adjusted);
        }
        row.add(source(m));
        row.addClassName("season-milestone");
        return row;
    }
}
