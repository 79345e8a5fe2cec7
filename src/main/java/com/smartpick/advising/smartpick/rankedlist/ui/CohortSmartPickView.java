package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.rankedlist.CohortBatch;
import com.smartpick.advising.smartpick.rankedlist.CohortStudentList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * SmartPick for a whole cohort: one new draft version per student, with a progress bar. The batch runs on a thread of
 * its own (with the advisor's sign-in) and reports through {@link UI#access}; the page polls while it runs, which
 * needs no {@code @Push} on a host's app shell.
 */
@AdvisingView("smartpick/cohorts")
@InMenu(label = "SmartPick for a cohort", icon = VaadinIcon.LIST_OL, order = 60)
@RolesAllowed({"ADVISOR", "ADMIN"})
@PageTitle("SmartPick for a cohort · SmartPick Advising")
public class CohortSmartPickView extends VerticalLayout {

    static final int POLL_MILLIS = 400;

    private final RankedListService lists;
    private final CohortBatch batch;
    private final Select<Cohort> cohort = new Select<>();
    private final IntegerField budget = new IntegerField("Applications per student");
    private final Button run = new Button("Run SmartPick for every student", VaadinIcon.PLAY.create());
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<CohortStudentList> students = new Grid<>();

    public CohortSmartPickView(CohortService cohorts, RankedListService lists, CohortBatch batch) {
        this.lists = lists;
        this.batch = batch;
        addClassName("cohort-smartpick-view");
        setSizeFull();

        cohort.setId("batch-cohort");
        cohort.setLabel("Cohort");
        List<Cohort> mine = cohorts.myCohorts(false);
        cohort.setItems(mine);
        cohort.setItemLabelGenerator(Cohort::name);
        cohort.setWidthFull();
        cohort.setMaxWidth("26em");
        cohort.addValueChangeListener(change -> refresh());
        budget.setId("batch-budget");
        budget.setValue(RankedListService.DEFAULT_BUDGET);
        budget.setMin(RankedListService.MIN_BUDGET);
        budget.setMax(RankedListService.MAX_BUDGET);
        budget.setStepButtonsVisible(true);
        run.setId("batch-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> start());
        Div controls = new Div(cohort, budget, run);
        controls.addClassName("batch-controls");

        progress.setId("batch-progress");
        progress.setVisible(false);
        status.setId("batch-status");
        status.addClassName("muted");

        students.setId("batch-grid");
        students.addColumn(CohortStudentList::displayName).setHeader("Student").setFlexGrow(2);
        students.addColumn(s -> s.listNo() == null ? "—" : "Version " + s.listNo()).setHeader("Latest list").setAutoWidth(true);
        students.addColumn(s -> s.status() == null ? "No list yet" : s.status().label()).setHeader("Status").setAutoWidth(true);
        students.addColumn(s -> s.matchChance() == null ? "" : Format.percent(s.matchChance())).setHeader("Chance of matching")
                .setAutoWidth(true);
        students.addComponentColumn(s -> new RouterLink("Open lists", StudentListsView.class,
                new RouteParameters(StudentListsView.STUDENT_ID, Long.toString(s.studentId()))))
                .setHeader("Lists").setAutoWidth(true);
        students.setEmptyStateText("Choose a cohort.");

        add(new H1("SmartPick for a cohort"), new Paragraph("Runs SmartPick for every student of the cohort, each in their "
                + "first preferred specialty; every run becomes a new draft version for you to review. Earlier versions, "
                + "approved or published ones included, stay as they are."), controls, progress, status, students);
        expand(students);
        if (!mine.isEmpty()) {
            cohort.setValue(mine.get(0));
        }
    }

    private void refresh() {
        Cohort chosen = cohort.getValue();
        students.setItems(chosen == null ? List.of() : lists.cohortLists(chosen.id()));
    }

    private void start() {
        Cohort chosen = cohort.getValue();
        if (chosen == null) {
            cohort.setErrorMessage("Choose a cohort first.");
            cohort.setInvalid(true);
            return;
        }
        Integer applications = budget.getValue();
        if (!UserActions.attempt(() -> RankedListService.checkBudget(applications == null ? 0 : applications),
                Map.of("budget", budget))) {
            return;
        }
        cohort.setInvalid(false);
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Starting…");
        ui.setPollInterval(POLL_MILLIS);
        Runnable work = () -> {
            try {
                CohortBatch.Outcome outcome = batch.run(chosen.id(), applications, (done, total, name) -> ui.access(() -> {
                    progress.setValue(done / (double) total);
                    status.setText(done + " of " + total + " students · last: " + name);
                }));
                ui.access(() -> finished(outcome));
            } catch (RuntimeException e) {
                ui.access(() -> Notifications.error("The batch stopped unexpectedly; the lists made so far are kept."));
                throw e;
            } finally {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    run.setEnabled(true);
                    refresh();
                });
            }
        };
        Thread.ofVirtual().name("smartpick-batch-" + chosen.id())
                .start(new DelegatingSecurityContextRunnable(work, SecurityContextHolder.getContext()));
    }

    private void finished(CohortBatch.Outcome outcome) {
        status.setText(outcome.made() + " lists made" + (outcome.skipped().isEmpty() ? "." : "; skipped: "
                + outcome.skipped().stream().map(s -> s.studentName() + " (" + s.reason() + ")").collect(Collectors.joining("; "))));
        Notifications.success("SmartPick ran for " + outcome.made() + " students.");
    }
}
