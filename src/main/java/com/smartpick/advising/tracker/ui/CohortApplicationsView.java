package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.CohortProgress;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A cohort's applications in the season under way: per student, invitations so far against the interviews SmartPick
 * expects, and who needs help now, first.
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

    public CohortApplicationsView(ApplicationTrackerService service, CohortService cohorts,
            AdvisingProperties properties) {
        this.service = service;
        this.properties = properties;
        addClassName("cohort-applications-view");
        setSizeFull();
        ComboBox<Cohort> cohort = new ComboBox<>("Cohort");
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
                : TrackerPanel.oneDecimal(p.listExpectedInterviews())).setHeader("Expected (whole list)").setAutoWidth(true);
        grid.addColumn(CohortProgress::applied).setHeader("Applied").setAutoWidth(true);
        grid.addColumn(p -> TrackerPanel.oneDecimal(p.expectedFromApplied())).setHeader("Expected (applied)")
                .setAutoWidth(true);
        grid.addColumn(CohortProgress::invited).setHeader("Invitations").setAutoWidth(true);
        grid.addColumn(CohortProgress::attended).setHeader("Attended").setAutoWidth(true);
        grid.addColumn(p -> p.outcome().label()).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(p -> String.join(" ", p.help())).setHeader("Needs help now").setFlexGrow(1);
        grid.setPartNameGenerator(p -> p.needsHelp() ? "needs-help" : null);

        cohort.addValueChangeListener(e -> show(e.getValue()));
        add(new H2("Applications by cohort"), about, cohort, summary, grid);
        if (!mine.isEmpty()) {
            cohort.setValue(mine.get(0));
        }
    }

    private void show(Cohort cohort) {
        summary.removeAll();
        if (cohort == null) {
            grid.setItems(List.of());
            return;
        }
        UserActions.result(() -> service.cohortProgress(cohort.id())).ifPresent(rows -> {
            grid.setItems(rows);
            long help = rows.stream().filter(CohortProgress::needsHelp).count();
            summary.setText(rows.size() + " students · " + help + " need help now · "
                    + rows.stream().mapToInt(CohortProgress::invited).sum() + " invitations so far, about "
                    + TrackerPanel.oneDecimal(rows.stream().mapToDouble(CohortProgress::expectedFromApplied).sum())
                    + " expected from the applications");
        });
    }
}
