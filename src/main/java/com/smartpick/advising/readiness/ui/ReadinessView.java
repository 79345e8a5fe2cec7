package com.smartpick.advising.readiness.ui;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.RowOpening;
import com.smartpick.advising.readiness.Choice;
import com.smartpick.advising.readiness.Flag;
import com.smartpick.advising.readiness.FlagReason;
import com.smartpick.advising.readiness.ReadinessChart;
import com.smartpick.advising.readiness.ReadinessFilter;
import com.smartpick.advising.readiness.ReadinessRow;
import com.smartpick.advising.readiness.ReadinessService;
import com.smartpick.advising.readiness.ReadinessSummary;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.student.ui.StudentView;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Advisors and admins: who in my cohorts is on track, who needs attention now, and why. */
@AdvisingView("readiness")
@InMenu(label = "Readiness", icon = VaadinIcon.DASHBOARD, order = 40)
@RolesAllowed({"ADVISOR", "ADMIN"})
@PageTitle("Readiness · SmartPick Advising")
public class ReadinessView extends VerticalLayout implements BeforeEnterObserver {

    private static final String FLAG_PARAMETER = "flag";
    private static final String READY = "Ready (no flags)";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ReadinessService readiness;
    private final TextField name = new TextField("Name");
    private final ComboBox<Flag> flag = new ComboBox<>("Flag");
    private final ComboBox<Choice> cohort = new ComboBox<>("Cohort");
    private final ComboBox<Choice> mentor = new ComboBox<>("Mentor");
    private final ComboBox<Specialty> specialty = new ComboBox<>("Specialty");
    private final Grid<ReadinessRow> grid = new Grid<>();
    private final Div figures = new Div();
    private final Div shown = new Div();
    private final Image chart = new Image();
    /** The "Ready" figure was clicked: only students without a flag (the flag box says nothing of it). */
    private boolean readyOnly;
    private List<PageRequest.Sort> sorts = List.of();

    public ReadinessView(ReadinessService readiness) {
        this.readiness = readiness;
        addClassName("readiness-view");
        setSizeFull();

        name.setId("readiness-name");
        name.setPlaceholder("Part of a name");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setMaxLength(100);
        name.addValueChangeListener(change -> refresh());
        // before filterBox's listener, which refreshes: a flag chosen in the box replaces the "Ready" figure
        flag.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                readyOnly = false;
            }
        });
        filterBox(flag, "readiness-flag", "Any flag", Flag::label).setItems(Flag.values());
        filterBox(cohort, "readiness-cohort", "All cohorts", Choice::name).setItems(readiness.cohortChoices());
        filterBox(mentor, "readiness-mentor", "Any mentor", Choice::name).setItems(readiness.mentorChoices());
        filterBox(specialty, "readiness-specialty", "Any specialty", Specialty::displayName).setItems(Specialty.values());

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = readiness.exportCsv(filter(), sorts);
            return new DownloadResponse(new ByteArrayInputStream(csv), "readiness.csv", "text/csv; charset=UTF-8", csv.length);
        }), "Export CSV");
        export.setId("readiness-export");
        export.getElement().setAttribute("download", true);
        HorizontalLayout heading = new HorizontalLayout(new H1("Readiness"), export);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        HorizontalLayout filters = new HorizontalLayout(name, flag, cohort, mentor, specialty);
        filters.addClassName("filter-bar");

        figures.addClassName("readiness-figures");
        figures.setId("readiness-figures");
        shown.setId("readiness-shown");
        shown.addClassName("readiness-shown");
        chart.setId("readiness-chart");
        chart.addClassName("readiness-chart");
        // the figures give the same numbers: the chart is there for whoever wants the picture, not in the grid's way
        Details chartDetails = new Details("Chart of the flags", chart);
        chartDetails.setId("readiness-chart-details");

        grid.setId("readiness-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // name and flags fit a phone's width side by side: the flags wrap rather than push the name off
        grid.addColumn(ReadinessRow::name).setHeader("Student").setKey("name").setSortable(true).setWidth("9rem").setFlexGrow(0)
                .setFrozen(true);
        grid.addComponentColumn(ReadinessView::flags).setHeader("Flags").setKey("flags").setSortable(true).setWidth("13rem").setFlexGrow(1);
        grid.addColumn(r -> text(r.step2ckScore())).setHeader("Step 2 CK").setKey("step2ck").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> String.format(Locale.ROOT, "%.1f", r.handsOnUsceMonths())).setHeader("Hands-on USCE (mo)")
                .setKey("usce").setSortable(true).setAutoWidth(true);
        // one-word headers cannot wrap: room for the word and its sort arrows, which auto width leaves out
        grid.addColumn(ReadinessRow::verifiedRecords).setHeader("Verified").setKey("verified").setSortable(true).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(ReadinessRow::submittedRecords).setHeader("Submitted").setKey("submitted").setSortable(true)
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> r.approvedLetters() + " · " + r.openLetters()).setHeader("Letters (approved · open)")
                .setKey("letters").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> text(ReadinessService.listStatusName(r.newestListStatus()))).setHeader("SmartPick list")
                .setKey("list").setSortable(true).setAutoWidth(true);
        grid.addColumn(ReadinessRow::lateTasks).setHeader("Late tasks").setKey("lateTasks").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> day(r.lastActivity())).setHeader("Last activity").setKey("lastActivity").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> text(r.graduationYear())).setHeader("YOG").setKey("graduationYear").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> text(ReadinessService.specialtyName(r.specialty()))).setHeader("Specialty").setKey("specialty")
                .setSortable(true).setAutoWidth(true);
        grid.addColumn(ReadinessRow::mentors).setHeader("Mentors").setKey("mentors").setSortable(true).setAutoWidth(true);
        grid.addColumn(ReadinessRow::cohorts).setHeader("Cohorts").setKey("cohorts").setSortable(true).setAutoWidth(true);
        grid.setEmptyStateText("No students match.");
        RowOpening.onClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(StudentView.class,
                new RouteParameters(StudentView.STUDENT_ID, String.valueOf(row.studentId())))));
        grid.setItems(query -> {
            sorts = query.getSortOrders().stream()
                    .map(s -> new PageRequest.Sort(s.getSorted(), s.getDirection() == SortDirection.ASCENDING)).toList();
            return readiness.page(filter(), new PageRequest(query.getOffset(), query.getLimit(), sorts)).stream();
        }, query -> readiness.count(filter()));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());

        add(heading, filters, figures, chartDetails, shown, grid);
        expand(grid);
        refresh();
    }

    /** The dashboard filtered by a flag, as a link gives it: {@code ?flag=LATE_TASKS}. */
    public static QueryParameters flagged(Flag flag) {
        return QueryParameters.of(FLAG_PARAMETER, flag.name());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(FLAG_PARAMETER)
                .flatMap(name -> Arrays.stream(Flag.values()).filter(f -> f.name().equals(name)).findFirst())
                .ifPresent(flag::setValue);
    }

    private <T> ComboBox<T> filterBox(ComboBox<T> box, String id, String placeholder, Function<T, String> label) {
        box.setId(id);
        box.setPlaceholder(placeholder);
        box.setClearButtonVisible(true);
        box.setItemLabelGenerator(label::apply);
        box.addValueChangeListener(change -> refresh());
        return box;
    }

    /** A figure was clicked: the grid shows the students it counts. */
    private void showOnly(@Nullable Flag chosen, boolean ready) {
        readyOnly = ready;
        if (Objects.equals(flag.getValue(), chosen)) {
            refresh();
        } else {
            flag.setValue(chosen);
        }
    }

    private void refresh() {
        // the figures count the students before a figure chose among them, so every figure stays there to be clicked
        ReadinessSummary summary = readiness.summary(filter().withoutFigure());
        Flag chosen = flag.getValue();
        figures.removeAll();
        figures.add(choice("all", "Students", summary.students(), chosen == null && !readyOnly, () -> showOnly(null, false)),
                choice("ready", READY, summary.ready(), readyOnly, () -> showOnly(null, true)));
        for (Flag f : Flag.values()) {
            figures.add(choice(f.name(), f.label(), summary.flagged(f), f == chosen, () -> showOnly(f, false)));
        }
        figures.add(figure(new Div(), "Average Step 2 CK", summary.averageStep2ck() == null ? "—"
                : String.valueOf(Math.round(summary.averageStep2ck()))));
        showChosen(chosen);
        String svg = ReadinessChart.svg(summary);
        chart.setSrc("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
        chart.setAlt(summary.ready() + " of " + summary.students() + " students ready; "
                + Arrays.stream(Flag.values()).map(f -> summary.flagged(f) + " " + f.label()).collect(Collectors.joining(", ")));
        grid.getDataProvider().refreshAll();
    }

    /** Which figure narrows the grid, said above it with a way back to every student. */
    private void showChosen(@Nullable Flag chosen) {
        shown.removeAll();
        String what = readyOnly ? READY : chosen == null ? null : chosen.label();
        shown.setVisible(what != null);
        if (what != null) {
            Button all = new Button("Show every student", VaadinIcon.CLOSE_SMALL.create(), click -> showOnly(null, false));
            all.setId("readiness-show-all");
            all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            shown.add(new Span("Showing only: " + what), all);
        }
    }

    private ReadinessFilter filter() {
        return new ReadinessFilter(flag.getValue(), cohort.getValue() == null ? null : cohort.getValue().id(),
                mentor.getValue() == null ? null : mentor.getValue().id(), specialty.getValue(), readyOnly, name.getValue());
    }

    /** A figure that filters the grid: a real button, so the keyboard and screen readers reach it and hear its state. */
    private static NativeButton choice(String id, String label, int value, boolean pressed, Runnable choose) {
        NativeButton figure = figure(new NativeButton(), label, value);
        figure.setId("readiness-figure-" + id);
        figure.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
        figure.addClickListener(click -> choose.run());
        return figure;
    }

    private static <T extends HasComponents & HasStyle> T figure(T figure, String label, Object value) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("figure-value");
        Span caption = new Span(label);
        caption.addClassName("figure-label");
        figure.add(number, caption);
        figure.addClassName("readiness-figure");
        return figure;
    }

    private static Div flags(ReadinessRow row) {
        Div cell = new Div();
        cell.addClassName("readiness-flags");
        List<Span> badges = new ArrayList<>();
        for (FlagReason reason : row.flags()) {
            Span badge = new Span(reason.flag().label());
            badge.getElement().getThemeList().add("badge error small");
            badge.setTitle(reason.reason());
            badges.add(badge);
        }
        if (badges.isEmpty()) {
            Span ready = new Span("ready");
            ready.getElement().getThemeList().add("badge success small");
            badges.add(ready);
        }
        badges.forEach(cell::add);
        return cell;
    }

    private static String day(@Nullable OffsetDateTime at) {
        return at == null ? "—" : DAY.format(at);
    }

    private static String text(@Nullable Object value) {
        return value == null ? "—" : value.toString();
    }
}
