package com.smartpick.advising.cohort.ui;

import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortMember;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.cohort.EnrollmentStatus;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Advisors run their cohorts here: create, rename, archive; enroll students; assign and unassign mentors. */
@RolesAllowed({"ADVISOR", "ADMIN"})
@PageTitle("Cohorts · SmartPick Advising")
public class CohortsView extends SplitLayout {

    private final CohortService cohorts;
    private final PersonService people;
    private final Grid<Cohort> cohortGrid = new Grid<>();
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final VerticalLayout detail = new VerticalLayout();

    public CohortsView(CohortService cohorts, PersonService people) {
        this.cohorts = cohorts;
        this.people = people;
        addClassName("cohorts-view");
        setSizeFull();
        setSplitterPosition(45);

        Button create = new Button("New cohort", VaadinIcon.PLUS.create(), click -> new CohortDialog(null,
                cohorts::create, cohort -> {
                    Notifications.success("Cohort \"" + cohort.name() + "\" created.");
                    refresh(cohort.id());
                }).open());
        create.setId("new-cohort");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showArchived.addValueChangeListener(change -> refresh(null));
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Cohorts"), create, showArchived);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        cohortGrid.setId("cohort-grid");
        cohortGrid.addComponentColumn(CohortsView::nameAndSeason).setHeader("Cohort").setFlexGrow(1)
                .setComparator(Cohort::name);
        cohortGrid.addColumn(Cohort::studentCount).setHeader("Students").setSortable(true).setAutoWidth(true).setFlexGrow(0);
        cohortGrid.addColumn(c -> c.archived() ? "Archived" : "Active").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        cohortGrid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        VerticalLayout master = new VerticalLayout(toolbar, cohortGrid);
        master.setSizeFull();
        master.expand(cohortGrid);

        detail.setSizeFull();
        detail.addClassName("cohort-detail");
        addToPrimary(master);
        addToSecondary(detail);
        refresh(null);
    }

    private static Div nameAndSeason(Cohort cohort) {
        return twoLines(cohort.name(), cohort.matchSeason());
    }

    private static Div twoLines(String main, String secondary) {
        Span second = new Span(secondary);
        second.addClassName("muted");
        Div cell = new Div(new Span(main), second);
        cell.addClassName("two-line-cell");
        return cell;
    }

    private void refresh(@Nullable Long selectId) {
        var items = cohorts.myCohorts(showArchived.getValue());
        cohortGrid.setItems(items);
        Optional<Cohort> toSelect = items.stream().filter(c -> selectId != null && c.id() == selectId).findFirst();
        toSelect.ifPresentOrElse(cohortGrid::select, () -> show(null));
    }

    private void show(@Nullable Cohort cohort) {
        detail.removeAll();
        if (cohort == null) {
            detail.add(new Paragraph("Select a cohort to see its students and mentors."));
            return;
        }
        H2 title = new H2(cohort.name());
        Span season = new Span(cohort.matchSeason() + (cohort.archived() ? " · archived" : ""));
        season.addClassName("muted");
        Button rename = new Button("Rename", VaadinIcon.EDIT.create(), click -> new CohortDialog(cohort,
                (name, matchSeason) -> cohorts.rename(cohort.id(), cohort.version(), name, matchSeason),
                renamed -> refresh(renamed.id())).open());
        rename.setId("rename-cohort");
        Button archive = new Button(cohort.archived() ? "Restore" : "Archive",
                (cohort.archived() ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE).create(), click -> {
                    if (UserActions.attempt(() -> cohorts.setArchived(cohort.id(), cohort.version(), !cohort.archived()))) {
                        Notifications.success("Cohort \"" + cohort.name() + "\" " + (cohort.archived() ? "restored." : "archived."));
                        refresh(showArchived.getValue() || cohort.archived() ? cohort.id() : null);
                    }
                });
        archive.setId("archive-cohort");
        detail.add(title, season, new HorizontalLayout(rename, archive));
        if (!cohort.archived()) {
            detail.add(enrollBar(cohort));
        }
        detail.add(membersGrid(cohort));
    }

    private HorizontalLayout enrollBar(Cohort cohort) {
        ComboBox<PersonSummary> student = personPicker("Enroll a student", Role.STUDENT);
        student.setId("enroll-student");
        Button enroll = new Button("Enroll", click -> {
            PersonSummary who = student.getValue();
            if (who == null) {
                student.setErrorMessage("Choose a student first.");
                student.setInvalid(true);
                return;
            }
            boolean[] added = new boolean[1];
            if (UserActions.attempt(() -> added[0] = cohorts.enroll(cohort.id(), who.id()), Map.of("student", student))) {
                Notifications.success(added[0] ? who.displayName() + " enrolled." : who.displayName() + " was already enrolled.");
                student.clear();
                refresh(cohort.id());
            }
        });
        enroll.setId("enroll-button");
        HorizontalLayout bar = new HorizontalLayout(student, enroll);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<CohortMember> membersGrid(Cohort cohort) {
        Grid<CohortMember> grid = new Grid<>();
        grid.setId("member-grid");
        grid.addComponentColumn(m -> twoLines(m.displayName(), m.email() == null ? "" : m.email()))
                .setHeader("Student").setComparator(CohortMember::displayName).setFlexGrow(2);
        grid.addComponentColumn(m -> statusSelect(cohort, m)).setHeader("Status").setAutoWidth(true);
        grid.addColumn(m -> m.mentors().stream().map(PersonSummary::displayName).collect(Collectors.joining(", ")))
                .setHeader("Mentors").setFlexGrow(2);
        if (!cohort.archived()) {
            grid.addComponentColumn(m -> {
                Button mentors = new Button("Mentors…", click -> new MentorDialog(cohort, m, cohorts,
                        personPicker("Assign a mentor", Role.MENTOR), () -> refresh(cohort.id())).open());
                mentors.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return mentors;
            }).setAutoWidth(true);
        }
        grid.setItems(cohorts.members(cohort.id()));
        grid.setEmptyStateText("No students enrolled yet.");
        return grid;
    }

    private Select<EnrollmentStatus> statusSelect(Cohort cohort, CohortMember member) {
        Select<EnrollmentStatus> status = new Select<>();
        status.setItems(EnrollmentStatus.values());
        status.setItemLabelGenerator(s -> s.name().charAt(0) + s.name().substring(1).toLowerCase());
        status.setValue(member.status());
        status.setReadOnly(cohort.archived());
        status.addValueChangeListener(change -> {
            if (change.isFromClient() && UserActions.attempt(() -> cohorts.setStatus(cohort.id(), member.studentId(), change.getValue()))) {
                Notifications.success(member.displayName() + ": " + status.getItemLabelGenerator().apply(change.getValue()) + ".");
            }
        });
        return status;
    }

    private ComboBox<PersonSummary> personPicker(String label, Role role) {
        ComboBox<PersonSummary> picker = new ComboBox<>(label);
        picker.setPlaceholder("Type a name or e-mail");
        picker.setItemLabelGenerator(PersonSummary::label);
        picker.setItems(query -> people.directory(role, query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        picker.setWidth("22em");
        return picker;
    }

}
