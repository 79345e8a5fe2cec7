package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.CohortProgress;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A cohort's applications in a season (the one under way, or one it tracked before): per student, invitations so far
 * against the interviews SmartPick expects, and who needs help now, first.
 */
@AdvisingView("applications/cohorts")
@InMenu(label = "Applications by cohort", icon = VaadinIcon.CLIPBOARD_USER, order = 62)
@RolesAllowed({"ADVISOR", "ADMIN"})
@PageTitle("Applications by cohort · SmartPick Advising")
public class CohortApplicationsView extends VerticalLayout {

    private final ApplicationTrackerService service;
    private final AdvisingProperties properties;
    private final Grid<CohortProgress> grid = new Grid<>();
    private final Div summary = new Div();
    private final Select<Integer> season = new Select<>();
    private final ComboBox<Cohort> cohort = new ComboBox<>("Cohort");

    public CohortApplicationsView(ApplicationTrackerService service, CohortService cohorts,
            AdvisingProperties properties) {
        this.service = service;
        this.properties = properties;
        addClassName("cohort-applications-view");
        setSizeFull();
        cohort.setId("applications-cohort");
        cohort.setItemLabelGenerator(c -> c.name() + " · " + c.matchSeason());
        cohort.setWidth("min(32em, 100%)");
        List<Cohort> mine = cohorts.myCohorts(false);
        cohort.setItems(mine);
        summary.setId("applications-summary");
        Paragraph about = new Paragraph("Invitations so far against the interviews SmartPick expects: from the whole "
                + "published list, and from the programs applied to (the sum of their chances of an interview). "
                + "\"Needs help now\": no list published, nothing applied, invitations under half of those expected "
                + CohortProgress.WEEKS_BEFORE_JUDGING + " weeks after the first application (an estimate: an advising "
                + "rule of thumb, not a published figure), or unmatched without a SOAP offer. Those first.");
        about.addClassName("tracker-about");

        grid.setId("applications-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(p -> new Anchor(properties.path("applications/students/" + p.studentId()), p.name()))
                .setHeader("Student").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.listExpectedInterviews() == null ? "no list"
                : TrackerPanel.oneDecimal(p.listExpectedInterviews())).setHeader("Expected (list)").setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(CohortProgress::applied).setHeader("Applied").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(p -> TrackerPanel.oneDecimal(p.expectedFromApplied())).setHeader("Expected (applied)")
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(CohortProgress::invited).setHeader("Invitations").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(CohortProgress::attended).setHeader("Attended").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(p -> p.outcome().label()).setHeader("Outcome").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(p -> String.join(" ", p.help())).setHeader("Needs help now").setFlexGrow(1)
                .setWidth("16rem");
        grid.setPartNameGenerator(p -> p.needsHelp() ? "needs-help" : null);

        season.setId("applications-season");
        season.setLabel("Match season");
        season.setItemLabelGenerator(year -> year + " Match");
        cohort.addValueChangeListener(e -> seasonsOf(e.getValue()));
        season.addValueChangeListener(e -> show());
        HorizontalLayout choices = new HorizontalLayout(cohort, season);
        choices.setWrap(true);
        add(new H1("Applications by cohort"), about, choices, summary, grid);
        expand(grid);
        if (!mine.isEmpty()) {
            cohort.setValue(mine.get(0));
        }
    }

    /**
     * The season under way and every one the cohort tracked; the newest tracked is chosen, so a cohort whose season is
     * over opens on that season, not on an empty one.
     */
    private void seasonsOf(@Nullable Cohort chosen) {
        TreeSet<Integer> seasons = new TreeSet<>(Comparator.reverseOrder());
        seasons.add(Season.matchYearOn(LocalDate.now()));
        List<Integer> tracked = chosen == null ? List.of()
                : UserActions.result(() -> service.outcomeSeasons(chosen.id())).orElse(List.of());
        seasons.addAll(tracked);
        season.setItems(List.copyOf(seasons));
        season.setValue(tracked.isEmpty() ? seasons.first() : tracked.get(0));
        show();
    }

    private void show() {
        summary.removeAll();
        Cohort chosen = cohort.getValue();
        Integer year = season.getValue();
        if (chosen == null || year == null) {
            grid.setItems(List.of());
            return;
        }
        UserActions.result(() -> service.cohortProgress(chosen.id(), year)).ifPresent(rows -> {
            grid.setItems(rows);
            long help = rows.stream().filter(CohortProgress::needsHelp).count();
            summary.setText(rows.size() + " students · " + help + " need help now · "
                    + rows.stream().mapToInt(CohortProgress::invited).sum() + " invitations so far, about "
                    + TrackerPanel.oneDecimal(rows.stream().mapToDouble(CohortProgress::expectedFromApplied).sum())
                    + " expected from the applications");
        });
    }
}
