package com.smartpick.advising.student.ui;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.RowOpening;
import com.smartpick.advising.cohort.CohortName;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.student.StudentFilter;
import com.smartpick.advising.student.StudentRow;
import com.smartpick.advising.student.StudentService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** Advisors and mentors: exactly the students they may see, paged lazily from the database. */
@AdvisingView("students")
@InMenu(label = "My students", icon = VaadinIcon.USERS, order = 20,
        card = "Every student you advise or mentor, with scores and mentors.")
@RolesAllowed({"ADVISOR", "MENTOR", "ADMIN"})
@PageTitle("My students · SmartPick Advising")
public class MyStudentsView extends VerticalLayout {

    private final TextField search = new TextField("Search");
    private final ComboBox<CohortName> cohort = new ComboBox<>("Cohort");
    private final Grid<StudentRow> grid = new Grid<>();

    public MyStudentsView(StudentService students) {
        addClassName("students-view");
        setSizeFull();

        search.setId("student-search");
        search.setPlaceholder("Name, e-mail, school or country");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        cohort.setId("cohort-filter");
        cohort.setPlaceholder("All cohorts");
        cohort.setClearButtonVisible(true);
        cohort.setItems(students.cohortChoices());
        cohort.setItemLabelGenerator(CohortName::name);
        HorizontalLayout filters = new HorizontalLayout(search, cohort);
        filters.addClassName("filter-bar");

        grid.setId("student-grid");
        // long cohort and mentor names wrap onto a second line instead of ending in "…"
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(StudentRow::displayName).setHeader("Student").setKey("name").setSortable(true).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(r -> text(r.email())).setHeader("E-mail").setKey("email").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> text(r.schoolCountry())).setHeader("School country").setKey("country").setSortable(true)
                .setWidth("7.5rem");
        grid.addColumn(r -> text(r.graduationYear())).setHeader("YOG").setKey("graduationYear").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> text(r.step2ckScore())).setHeader("Step 2 CK").setKey("step2ck").setSortable(true).setAutoWidth(true);
        grid.addColumn(r -> r.visaNeed() == null ? "—" : VisaNeed.valueOf(r.visaNeed()).displayName()).setHeader("Visa").setKey("visa").setSortable(true).setAutoWidth(true);
        grid.addColumn(StudentRow::cohorts).setHeader("Cohorts").setKey("cohorts").setSortable(true).setWidth("10rem");
        grid.addColumn(StudentRow::mentors).setHeader("Mentors").setKey("mentors").setSortable(true).setWidth("9rem");
        grid.setEmptyStateText("No students match.");
        RowOpening.onClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(StudentView.class,
                new RouteParameters(StudentView.STUDENT_ID, String.valueOf(row.id())))));
        grid.setItems(
                query -> students.page(filter(), new PageRequest(query.getOffset(), query.getLimit(),
                        query.getSortOrders().stream().map(s -> new PageRequest.Sort(s.getSorted(),
                                s.getDirection() == SortDirection.ASCENDING)).toList())).stream(),
                query -> students.count(filter()));
        grid.sort(GridSortOrder.asc(grid.getColumnByKey("name")).build());

        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        cohort.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(new H1("My students"), filters, grid);
        expand(grid);
    }

    private StudentFilter filter() {
        CohortName chosen = cohort.getValue();
        return new StudentFilter(search.getValue(), chosen == null ? null : chosen.id());
    }

    private static String text(Object value) {
        return value == null ? "—" : value.toString();
    }
}
