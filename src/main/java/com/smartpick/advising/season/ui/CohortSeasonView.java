package com.smartpick.advising.season.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.season.CohortMilestone;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.season.Timeline;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A cohort's season calendar for those who run it: each milestone with its date, the published default and its source
 * beside it, and (for the cohort's advisors) the cohort's own date to set. The tasks of its students fall due on these.
 */
@AdvisingView("season/cohorts")
@InMenu(label = "Season calendar", icon = VaadinIcon.CALENDAR, order = 43)
@RolesAllowed({"ADVISOR", "ADMIN"})
@PageTitle("Season calendar · SmartPick Advising")
public class CohortSeasonView extends VerticalLayout {

    private final SeasonService seasons;
    private final Clock clock;
    private final ComboBox<Cohort> cohort = new ComboBox<>("Cohort");
    private final Div content = new Div();

    public CohortSeasonView(SeasonService seasons, CohortService cohorts, Clock clock) {
        this.seasons = seasons;
        this.clock = clock;
        addClassName("season-view");
        List<Cohort> mine = cohorts.myCohorts(false);
        cohort.setId("season-cohort");
        cohort.setItems(mine);
        cohort.setItemLabelGenerator(c -> c.name() + " · " + c.matchSeason());
        cohort.setWidth("24em");
        cohort.addValueChangeListener(change -> show());
        content.setId("season-cohort-content");
        content.setWidthFull();
        add(new H1("Season calendar"), new Paragraph("The milestones of the season for a cohort. Each starts at the "
                + "published ERAS or NRMP date (dates marked \"estimate\" follow the previous season's calendar); set "
                + "the cohort's own where your office works to another date. Its students' tasks fall due on these."),
                cohort, content);
        if (mine.isEmpty()) {
            content.add(new Paragraph("You run no live cohort yet."));
        } else {
            cohort.setValue(mine.get(0));
        }
    }

    private void show() {
        content.removeAll();
        if (cohort.getValue() == null) {
            return;
        }
        UserActions.result(() -> seasons.timeline(cohort.getValue().id())).ifPresent(this::show);
    }

    private void show(Timeline timeline) {
        content.removeAll();
        if (!timeline.covered()) {
            content.add(new Paragraph("This cohort's season, " + timeline.matchSeason() + ", has no calendar here: the "
                    + "portal has the " + timeline.calendarName() + "."));
            return;
        }
        Div rows = new Div();
        rows.addClassName("season-milestones");
        timeline.milestones().forEach(m -> rows.add(row(timeline, m)));
        content.add(rows, new H2("Calendar"),
                new MonthCalendar(CalendarEntry.of(timeline.milestones(), List.of()), LocalDate.now(clock)));
    }

    private Div row(Timeline timeline, CohortMilestone m) {
        Span label = new Span(m.milestone().label());
        label.addClassName("season-milestone-label");
        Div row = new Div(label);
        row.addClassName("season-milestone");
        String id = "season-" + m.milestone().name().toLowerCase(Locale.ROOT).replace('_', '-');
        row.setId(id);
        if (!timeline.canAdjust()) {
            Span date = new Span(MilestoneList.dates(m));
            date.addClassName("season-milestone-date");
            row.add(date);
        } else {
            DatePicker starts = new DatePicker(m.ends() == null ? "Date" : "First day", m.starts());
            starts.setId(id + "-starts");
            DatePicker ends = new DatePicker("Last day", m.ends());
            ends.setId(id + "-ends");
            ends.setVisible(m.byDefault().ends() != null);
            Button save = new Button("Save", click -> UserActions.result(() -> seasons.adjust(timeline.cohortId(),
                    m.milestone(), m.version(), starts.getValue(), ends.isVisible() ? ends.getValue() : null),
                    Map.of("starts", starts, "ends", ends)).ifPresent(this::show));
            save.setId(id + "-save");
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Div editor = new Div(starts, ends, save);
            editor.addClassName("season-milestone-editor");
            row.add(editor);
        }
        if (!m.adjusted() && m.byDefault().estimate()) {
            Span estimate = new Span("estimate");
            estimate.addClassNames("badge", "season-estimate");
            row.add(estimate);
        }
        if (m.adjusted()) {
            Span adjusted = new Span(m.differs() ? "cohort's date" : "cohort's date, as the default");
            adjusted.addClassNames("badge", "season-adjusted");
            row.add(adjusted);
        }
        row.add(MilestoneList.source(m));
        return row;
    }
}
