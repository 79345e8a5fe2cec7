package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.Outcomes;
import com.smartpick.advising.tracker.Reliability;
import com.smartpick.advising.tracker.ReliabilityChart;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * After Match Day: a cohort's season against what SmartPick predicted. Interviews: each program applied to, its
 * predicted chance of an interview against whether one came, as a reliability chart with the Brier score; the chance
 * of matching per student beside it; and how little a cohort's numbers prove.
 */
@AdvisingView("applications/outcomes")
@InMenu(label = "Outcomes vs. predictions", icon = VaadinIcon.SCALE, order = 64)
@RolesAllowed({"ADVISOR", "ADMIN"})
@PageTitle("Outcomes against predictions · SmartPick Advising")
public class OutcomesView extends VerticalLayout {

    private final ApplicationTrackerService service;
    private final Select<Integer> season = new Select<>();
    private final Div result = new Div();

    public OutcomesView(ApplicationTrackerService service, CohortService cohorts) {
        this.service = service;
        addClassName("outcomes-view");
        ComboBox<Cohort> cohort = new ComboBox<>("Cohort");
        cohort.setId("outcomes-cohort");
        cohort.setItemLabelGenerator(c -> c.name() + " · " + c.matchSeason());
        cohort.setWidth("min(32em, 100%)");
        List<Cohort> mine = cohorts.myCohorts(false);
        cohort.setItems(mine);
        season.setId("outcomes-season");
        season.setLabel("Match season");
        season.setItemLabelGenerator(year -> year + " Match");
        result.setId("outcomes");
        result.setWidthFull();
        cohort.addValueChangeListener(e -> {
            result.removeAll();
            List<Integer> seasons = e.getValue() == null ? List.of()
                    : UserActions.result(() -> service.outcomeSeasons(e.getValue().id())).orElse(List.of());
            season.setItems(seasons);
            if (seasons.isEmpty()) {
                result.add(new Paragraph("No student of this cohort has tracked a season yet."));
            } else {
                season.setValue(seasons.get(0));
            }
        });
        season.addValueChangeListener(e -> {
            if (e.getValue() != null && cohort.getValue() != null) {
                long id = cohort.getValue().id();
                UserActions.result(() -> service.outcomes(id, e.getValue())).ifPresent(this::show);
            }
        });
        add(new H1("Outcomes against predictions"), cohort, season, result);
        // the cohort with a finished season comes first when there is one: that is what the page is for
        mine.stream().filter(c -> !service.outcomeSeasons(c.id()).isEmpty()).findFirst()
                .or(() -> mine.stream().findFirst()).ifPresent(cohort::setValue);
    }

    private void show(Outcomes outcomes) {
        result.removeAll();
        Reliability interviews = outcomes.interviews();
        Reliability matching = outcomes.matching();
        Paragraph what = new Paragraph("The prediction set against what happened is SmartPick's chance of an interview "
                + "at each program applied to, as the student's published list gave it when the program was first "
                + "tracked; what happened is whether an invitation came (declined and attended interviews count as "
                + "invitations). The Brier score is the mean of (predicted − outcome)², 0 is perfect; it is set "
                + "against always predicting the share that happened.");
        Div figures = new Div();
        figures.setId("outcomes-figures");
        figures.addClassName("tracker-figures");
        figures.add(TrackerPanel.figure("Programs applied to", String.valueOf(interviews.n())),
                TrackerPanel.figure("Brier score (interviews)", decimal(interviews.brier()) + " (baseline "
                        + decimal(interviews.baselineBrier()) + ")"),
                TrackerPanel.figure("Interviews expected / received", TrackerPanel.oneDecimal(outcomes.expectedInterviews()) + " / "
                        + outcomes.receivedInterviews()),
                TrackerPanel.figure("Mean predicted / observed", percent(interviews.meanPredicted()) + " / "
                        + percent(interviews.observedShare())));
        Paragraph sample = new Paragraph(sampleNote(interviews));
        sample.setId("outcomes-sample-note");
        sample.addClassName(interviews.smallSample() ? "tracker-warning" : "tracker-note");
        Image chart = new Image("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(
                ReliabilityChart.svg(interviews, "chance of an interview").getBytes(StandardCharsets.UTF_8)),
                "Reliability chart: SmartPick's predicted chance of an interview against the share invited, per band");
        chart.setId("outcomes-chart");
        chart.addClassName("outcomes-chart");

        Grid<Reliability.Band> bands = new Grid<>();
        bands.setId("outcomes-bands");
        bands.addThemeVariants(GridVariant.LUMO_COMPACT);
        bands.setAllRowsVisible(true);
        bands.addColumn(Reliability.Band::label).setHeader("Predicted band");
        bands.addColumn(Reliability.Band::n).setHeader("Programs");
        bands.addColumn(b -> fine(b.meanPredicted())).setHeader("Mean predicted");
        bands.addColumn(b -> b.happened() + " · " + fine(b.observedShare())).setHeader("Invited");
        bands.addColumn(b -> fine(b.wilsonLow()) + " – " + fine(b.wilsonHigh())).setHeader("95 % Wilson interval");
        bands.setItems(interviews.bands().stream().filter(b -> b.n() > 0).toList());

        Paragraph match = new Paragraph(String.format(Locale.ROOT, "Chance of matching, per student whose outcome is "
                        + "known: %d students, mean predicted %s, matched %s, Brier %s (baseline %s). %s", matching.n(),
                percent(matching.meanPredicted()), percent(matching.observedShare()), decimal(matching.brier()),
                decimal(matching.baselineBrier()), matching.n() < Reliability.SMALL_SAMPLE
                        ? "With so few students this says almost nothing about the chance of matching: do not conclude."
                        : ""));
        match.setId("outcomes-matching");

        Grid<Outcomes.StudentOutcome> students = new Grid<>();
        students.setId("outcomes-students");
        students.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        students.setAllRowsVisible(true);
        students.addColumn(Outcomes.StudentOutcome::name).setHeader("Student").setAutoWidth(true);
        students.addColumn(Outcomes.StudentOutcome::applied).setHeader("Applied");
        students.addColumn(s -> TrackerPanel.oneDecimal(s.expectedFromApplied())).setHeader("Interviews expected");
        students.addColumn(Outcomes.StudentOutcome::invited).setHeader("Received");
        students.addColumn(s -> percent(s.listMatchChance())).setHeader("Chance of matching");
        students.addColumn(s -> s.outcome().label()).setHeader("Outcome").setAutoWidth(true).setFlexGrow(1);
        students.setItems(outcomes.students());

        result.add(what, figures, sample, chart, new H2("Per band"), bands, new H2("Matching"), match,
                new H2("Per student"), students);
    }

    static String sampleNote(Reliability r) {
        if (r.n() == 0) {
            return "No program applied to is tracked in this season yet.";
        }
        String intervals = "Each band's 95 % Wilson interval shows how far its share could be from the truth by chance "
                + "alone; bands with fewer than " + Reliability.SMALL_BAND + " programs are drawn hollow.";
        return r.smallSample()
                ? "n is small (" + r.n() + " programs, under " + Reliability.SMALL_SAMPLE + "): do not conclude. "
                        + intervals
                : r.n() + " programs, from one cohort's students: the programs of one student are not independent "
                        + "(her profile moves all of them together), so the intervals are optimistic. " + intervals;
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A share to a tenth of a point: the bands below 10 % differ by less than a point. */
    private static String fine(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String decimal(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.4f", value);
    }
}
