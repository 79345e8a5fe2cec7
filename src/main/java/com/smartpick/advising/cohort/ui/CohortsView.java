package com.smartpick.advising.cohort.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortMember;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.cohort.EnrollmentStatus;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.PersonSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Advisors run their cohorts here: create, rename, archive and restore; enroll, move and withdraw students; assign
 * and unassign mentors. Who may take which student is the service's rule; the page offers what it allows.
 */
@AdvisingView("cohorts")
@InMenu(label = "Cohorts", icon = VaadinIcon.GROUP, order = 10,
        card = "Create and run cohorts, enroll students, assign mentors.")
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
        HorizontalLayout toolbar = new HorizontalLayout(new H1("Cohorts"), create, showArchived);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.addClassName("cohorts-toolbar");

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
        Button archive = cohort.archived()
                ? new Button("Restore", VaadinIcon.ARROW_BACKWARD.create(), click -> restore(cohort))
                : new Button("Archive", VaadinIcon.ARCHIVE.create(), click -> {
                    if (UserActions.attempt(() -> cohorts.archive(cohort.id(), cohort.version()))) {
                        Notifications.success("Cohort \"" + cohort.name() + "\" archived.");
                        refresh(showArchived.getValue() ? cohort.id() : null);
                    }
                });
        archive.setId("archive-cohort");
        detail.add(title, season, new HorizontalLayout(rename, archive));
        if (!cohort.archived()) {
            detail.add(enrollBar(cohort));
        }
        detail.add(membersGrid(cohort));
    }

    private void restore(Cohort cohort) {
        UserActions.result(() -> cohorts.restore(cohort.id(), cohort.version())).ifPresent(restored -> {
            List<PersonSummary> withdrawn = restored.withdrawn();
            Notifications.success("Cohort \"" + cohort.name() + "\" restored." + (withdrawn.isEmpty() ? ""
                    : " Enrolled in another cohort meanwhile, so withdrawn here: "
                            + withdrawn.stream().map(PersonSummary::displayName).collect(Collectors.joining(", ")) + "."));
            refresh(cohort.id());
        });
    }

    private HorizontalLayout enrollBar(Cohort cohort) {
        // only students without a current enrollment: the service lists no one else's current students
        ComboBox<PersonSummary> student = personPicker("Enroll a student",
                text -> cohorts.studentsToEnroll(cohort.id(), text));
        student.setId("enroll-student");
        Button enroll = new Button("Enroll", click -> {
            PersonSummary who = student.getValue();
            if (who == null) {
                student.setErrorMessage("Choose a student first.");
                student.setInvalid(true);
                return;
            }
            if (enroll(cohort, who.id(), who.displayName(), Map.of("student", student))) {
                student.clear();
            }
        });
        enroll.setId("enroll-button");
        HorizontalLayout bar = new HorizontalLayout(student, enroll);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("enroll-bar");
        return bar;
    }

    /** Enrolls a student, or a withdrawn one again. */
    private boolean enroll(Cohort cohort, long studentId, String name, Map<String, ComboBox<PersonSummary>> fields) {
        Optional<Boolean> added = UserActions.result(() -> cohorts.enroll(cohort.id(), studentId), fields);
        added.ifPresent(newly -> {
            Notifications.success(newly ? name + " enrolled." : name + " was already enrolled.");
            refresh(cohort.id());
        });
        return added.isPresent();
    }

    private Grid<CohortMember> membersGrid(Cohort cohort) {
        Grid<CohortMember> grid = new Grid<>();
        grid.setId("member-grid");
        grid.addComponentColumn(m -> twoLines(m.displayName(), m.email() == null ? "" : m.email()))
                .setHeader("Student").setComparator(CohortMember::displayName).setFlexGrow(2);
        grid.addComponentColumn(m -> status(cohort, m)).setHeader("Status").setAutoWidth(true);
        grid.addColumn(m -> m.mentors().stream().map(PersonSummary::displayName).collect(Collectors.joining(", ")))
                .setHeader("Mentors").setFlexGrow(2);
        if (!cohort.archived()) {
            List<Cohort> others = cohorts.myCohorts(false).stream().filter(c -> c.id() != cohort.id()).toList();
            grid.addComponentColumn(m -> actions(cohort, m, others)).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(cohorts.members(cohort.id()));
        grid.setEmptyStateText("No students enrolled yet.");
        return grid;
    }

    /**
     * Icon buttons, so the row stays narrow on a phone, each named for a screen reader and shown in a tooltip; a
     * withdrawn student has only the way back.
     */
    private HorizontalLayout actions(Cohort cohort, CohortMember member, List<Cohort> others) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (member.status() == EnrollmentStatus.WITHDRAWN) {
            Button again = new Button("Enroll again", click -> enroll(cohort, member.studentId(), member.displayName(), Map.of()));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(again);
            return actions;
        }
        Runnable changed = () -> refresh(cohort.id());
        actions.add(action(VaadinIcon.USERS, "Mentors of " + member.displayName(), () -> new MentorDialog(cohort, member,
                cohorts, personPicker("Assign a mentor", people::mentors), changed).open()));
        if (!others.isEmpty()) {
            actions.add(action(VaadinIcon.EXCHANGE, "Move " + member.displayName() + " to another cohort",
                    () -> new MoveDialog(cohort, member, others, cohorts, changed).open()));
        }
        Button withdraw = action(VaadinIcon.SIGN_OUT, "Withdraw " + member.displayName(),
                () -> new WithdrawDialog(cohort, member, cohorts, changed).open());
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(withdraw);
        return actions;
    }

    private static Button action(VaadinIcon icon, String name, Runnable open) {
        Button button = new Button(icon.create(), click -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(name);
        button.setTooltipText(name);
        return button;
    }

    /** How the student's season stands; a withdrawn enrollment is history, enrolled again with its own button. */
    private Component status(Cohort cohort, CohortMember member) {
        if (member.status() == EnrollmentStatus.WITHDRAWN) {
            return new Span(label(EnrollmentStatus.WITHDRAWN));
        }
        Select<EnrollmentStatus> status = new Select<>();
        status.setItems(EnrollmentStatus.ACTIVE, EnrollmentStatus.MATCHED, EnrollmentStatus.UNMATCHED);
        status.setItemLabelGenerator(CohortsView::label);
        status.setValue(member.status());
        status.setReadOnly(cohort.archived());
        status.setAriaLabel("Status of " + member.displayName());
        status.setWidth("9em");
        status.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                if (UserActions.attempt(() -> cohorts.setStatus(cohort.id(), member.studentId(), change.getValue()))) {
                    Notifications.success(member.displayName() + ": " + label(change.getValue()) + ".");
                } else {
                    status.setValue(change.getOldValue());
                }
            }
        });
        return status;
    }

    private static String label(EnrollmentStatus status) {
        return status.name().charAt(0) + status.name().substring(1).toLowerCase();
    }

    private static ComboBox<PersonSummary> personPicker(String label, Function<String, List<PersonSummary>> directory) {
        ComboBox<PersonSummary> picker = new ComboBox<>(label);
        picker.setPlaceholder("Type a name or e-mail");
        picker.setItemLabelGenerator(PersonSummary::label);
        picker.setItems(query -> directory.apply(query.getFilter().orElse(""))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        picker.setWidth("22em");
        picker.setMaxWidth("100%");
        return picker;
    }

}
