package com.smartpick.advising.smartpick.catalog.ui;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.RowOpening;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.smartpick.catalog.CatalogCsv;
import com.smartpick.advising.smartpick.catalog.CatalogEntry;
import com.smartpick.advising.smartpick.catalog.CatalogFilter;
import com.smartpick.advising.smartpick.catalog.CatalogImport;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.ProgramType;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/** Admins keep the program catalog here: browse and filter it page by page, edit a program, import a CSV. */
@AdvisingView("catalog")
@InMenu(label = "Program catalog", icon = VaadinIcon.HOSPITAL, order = 130,
        card = "The residency programs SmartPick ranks: browse, edit, import a CSV.")
@RolesAllowed("ADMIN")
@PageTitle("Program catalog · SmartPick Advising")
public class CatalogView extends VerticalLayout {

    private static final List<String> STATES = Arrays.stream(CensusDivision.values())
            .flatMap(d -> d.states().stream()).sorted().toList();

    private final CatalogService catalog;
    private final TextField search = new TextField("Search");
    private final ComboBox<Specialty> specialty = ProgramDialog.choice("Specialty", Specialty.values(), Specialty::displayName);
    private final ComboBox<String> state = new ComboBox<>("US state");
    private final ComboBox<CensusDivision> division = ProgramDialog.choice("Census division", CensusDivision.values(),
            CensusDivision::displayName);
    private final ComboBox<ProgramType> type = ProgramDialog.choice("Program type", ProgramType.values(), ProgramType::displayName);
    private final ComboBox<VisaNeed> sponsors = new ComboBox<>("Visa sponsorship");
    private final ComboBox<Boolean> status = new ComboBox<>("Status");
    private final Grid<CatalogEntry> grid = new Grid<>();
    private final Div importReport = new Div();
    private final Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
            importFile(metadata.fileName(), bytes)));

    public CatalogView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("catalog-view");
        setSizeFull();

        // every filter has a label of its own: a placeholder is gone once a value is chosen, and screen readers may
        // not read it
        search.setId("catalog-search");
        search.setLabel("Search");
        search.setPlaceholder("Name, institution or id");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(CatalogFilter.MAX_TEXT);
        specialty.setId("catalog-specialty");
        specialty.setLabel("Specialty");
        specialty.setPlaceholder("All specialties");
        state.setId("catalog-state");
        state.setItems(STATES);
        state.setLabel("US state");
        state.setPlaceholder("All US states");
        state.setWidth("10em");
        division.setId("catalog-division");
        division.setLabel("Region");
        division.setPlaceholder("All regions");
        type.setId("catalog-type");
        type.setLabel("Program type");
        type.setPlaceholder("All types");
        sponsors.setId("catalog-visa");
        sponsors.setItems(VisaNeed.J1, VisaNeed.H1B);
        sponsors.setItemLabelGenerator(v -> "Sponsors " + v.displayName());
        sponsors.setLabel("Visa");
        sponsors.setPlaceholder("Any visa sponsorship");
        status.setId("catalog-status");
        status.setItems(true, false);
        status.setItemLabelGenerator(active -> active ? "Active" : "Inactive");
        status.setLabel("Status");
        status.setPlaceholder("Active and inactive");
        for (ComboBox<?> filter : List.of(specialty, state, division, type, sponsors, status)) {
            filter.setClearButtonVisible(true);
            filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        }
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout title = new HorizontalLayout(new H1("Program catalog"), importUpload());
        title.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout filters = new HorizontalLayout(search, specialty, state, division, type, sponsors, status);
        filters.addClassName("filter-bar");
        importReport.setId("import-report");
        importReport.addClassName("import-report");

        grid.setId("catalog-grid");
        grid.addColumn(e -> e.program().id()).setHeader("Id").setKey("code").setSortable(true).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.program().name()).setHeader("Program").setKey("name").setSortable(true).setWidth("14rem").setFlexGrow(4)
                .setTooltipGenerator(e -> e.program().name());
        grid.addColumn(e -> e.program().specialty().displayName()).setHeader("Specialty").setKey("specialty")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.program().city() + ", " + e.program().state()).setHeader("Location").setKey("state")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(e -> e.program().type().displayName()).setHeader("Type").setKey("type").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(e -> e.program().positions()).setHeader("Positions").setKey("positions").setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.program().percentImgResidents() + "%").setHeader("IMG").setKey("percentImg")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CatalogView::visas).setHeader("Visas").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.active() ? "Active" : "Inactive").setHeader("Status").setKey("active")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("No programs match.");
        grid.setItems(
                query -> catalog.page(filter(), new PageRequest(query.getOffset(), query.getLimit(),
                        query.getSortOrders().stream().map(s -> new PageRequest.Sort(s.getSorted(),
                                s.getDirection() == SortDirection.ASCENDING)).toList())).stream(),
                query -> catalog.count(filter()));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("code")).build());
        RowOpening.onClickOrEnter(grid, this::edit);

        add(title, filters, importReport, grid);
        expand(grid);
    }

    private Upload importUpload() {
        upload.setId("catalog-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CatalogService.MAX_IMPORT_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button("Import CSV…", VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getFileName() + ": "
                + rejected.getErrorMessage() + " (the limit is "
                + UploadedFile.readableSize(CatalogService.MAX_IMPORT_BYTES) + " of CSV)."));
        return upload;
    }

    private void importFile(String fileName, byte[] content) {
        importReport.removeAll();
        upload.clearFileList();
        UserActions.result(() -> catalog.importCsv(fileName, content)).ifPresent(result -> report(fileName, result));
    }

    private void report(String fileName, CatalogImport result) {
        if (result.accepted()) {
            Notifications.success("Catalog imported: " + result.summary() + ".");
            grid.getDataProvider().refreshAll();
            return;
        }
        Grid<CsvProblem> problems = new Grid<>();
        problems.setId("import-problems");
        problems.addColumn(CsvProblem::where).setHeader("Where").setAutoWidth(true).setFlexGrow(0);
        problems.addColumn(CsvProblem::message).setHeader("Problem").setFlexGrow(1);
        problems.setItems(result.problems());
        problems.setAllRowsVisible(result.problems().size() <= 8);
        problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Button dismiss = new Button("Dismiss", click -> importReport.removeAll());
        importReport.add(new H3("Import refused: nothing was changed"),
                new Paragraph(fileName + " has " + result.summary().substring("refused: ".length())
                        + ". The first line must name the columns " + CatalogCsv.HEADER + "."),
                problems, dismiss);
    }

    private void edit(CatalogEntry entry) {
        // read afresh: the row in the grid may be older than the last save
        UserActions.result(() -> catalog.entry(entry.id())).ifPresent(
                current -> new ProgramDialog(current, catalog, saved -> grid.getDataProvider().refreshAll()).open());
    }

    private CatalogFilter filter() {
        return new CatalogFilter(specialty.getValue(), state.getValue(), division.getValue(), type.getValue(),
                sponsors.getValue(), search.getValue(), status.getValue());
    }

    private static String visas(CatalogEntry e) {
        String visas = (e.program().sponsorsJ1() ? "J-1 " : "") + (e.program().sponsorsH1b() ? "H-1B" : "");
        return visas.isBlank() ? "—" : visas.strip();
    }
}
