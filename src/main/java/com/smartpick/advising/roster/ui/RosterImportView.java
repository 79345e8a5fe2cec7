package com.smartpick.advising.roster.ui;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.roster.ImportSummary;
import com.smartpick.advising.roster.RosterColumn;
import com.smartpick.advising.roster.RosterRejectedException;
import com.smartpick.advising.roster.RosterService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An advisor loads students into one of their cohorts from a CSV file: all of it, or nothing and every error. */
@AdvisingView("roster")
@InMenu(label = "Import roster", icon = VaadinIcon.UPLOAD, order = 50)
@RolesAllowed({"ADVISOR", "ADMIN"})
@PageTitle("Import roster · SmartPick Advising")
public class RosterImportView extends VerticalLayout {

    private final RosterService roster;
    private final ComboBox<Cohort> cohort = new ComboBox<>("Cohort");
    private final VerticalLayout outcome = new VerticalLayout();

    public RosterImportView(RosterService roster, CohortService cohorts) {
        this.roster = roster;
        addClassName("roster-view");

        cohort.setId("roster-cohort");
        cohort.setItems(cohorts.myCohorts(false));
        cohort.setItemLabelGenerator(Cohort::name);
        cohort.setPlaceholder("Choose one of your cohorts");
        cohort.setWidth("26em");

        Grid<RosterColumn> columns = new Grid<>();
        columns.setId("roster-columns");
        columns.addColumn(RosterColumn::header).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(c -> c.required() ? "required" : "optional").setHeader("Required").setAutoWidth(true).setFlexGrow(0);
        columns.addColumn(RosterColumn::meaning).setHeader("Meaning").setFlexGrow(2);
        columns.addColumn(RosterColumn::example).setHeader("Example").setAutoWidth(true);
        columns.setItems(RosterColumn.values());
        columns.setAllRowsVisible(true);
        columns.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        byte[] sample = roster.sampleCsv().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(sample), "roster-sample.csv", "text/csv", sample.length)), "Download a sample file");
        download.setId("roster-sample");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui ->
                ui.access(() -> importFile(metadata.fileName(), bytes)))));
        upload.setId("roster-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getErrorMessage()));
        upload.addAllFinishedListener(done -> upload.clearFileList());

        outcome.setPadding(false);
        outcome.setId("roster-outcome");
        add(new H1("Import roster"),
                new Paragraph("A CSV file (UTF-8, comma-separated, the first line naming the columns) with one student per "
                        + "line, at most " + RosterService.MAX_STUDENTS + " students and "
                        + UploadedFile.readableSize(RosterService.MAX_BYTES) + ". The whole file is checked first: if any line "
                        + "is wrong, nothing is imported and every error is listed. Students are matched by e-mail, so "
                        + "importing the same file again changes nothing; a student who signs in later with that e-mail "
                        + "finds their imported record. A profile a student already keeps is never overwritten."),
                columns, download, cohort, upload, outcome);
    }

    private void importFile(String fileName, byte[] content) {
        outcome.removeAll();
        Cohort chosen = cohort.getValue();
        if (chosen == null) {
            cohort.setErrorMessage("Choose the cohort to import into first.");
            cohort.setInvalid(true);
            return;
        }
        // a rejected file is listed here in full; other refusals (an archived cohort, …) go the usual way
        UserActions.attempt(() -> {
            try {
                showSummary(chosen, roster.importRoster(chosen.id(), fileName, content));
            } catch (RosterRejectedException rejected) {
                showErrors(rejected);
            }
        }, Map.of("cohort", cohort));
    }

    private void showSummary(Cohort chosen, ImportSummary summary) {
        String text = summary.rows() + " students in the file: " + summary.created() + " new, " + summary.enrolled()
                + " enrolled in \"" + chosen.name() + "\", " + summary.alreadyEnrolled() + " enrolled before.";
        Notifications.success("Roster imported.");
        Paragraph done = new Paragraph(text);
        done.setId("roster-summary");
        outcome.add(done);
    }

    private void showErrors(RosterRejectedException rejected) {
        Grid<CsvProblem> errors = new Grid<>();
        errors.setId("roster-errors");
        errors.addColumn(e -> e.line() == 0 ? "file" : String.valueOf(e.line())).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(CsvProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(CsvProblem::message).setHeader("What is wrong");
        errors.setItems(rejected.errors());
        errors.setAllRowsVisible(rejected.errors().size() <= 20);
        H3 title = new H3(rejected.getMessage());
        title.addClassName("error-text");
        outcome.add(title, errors);
        Notifications.error(rejected.getMessage());
    }
}
