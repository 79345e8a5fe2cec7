package com.smartpick.advising.cohort.ui;

import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortMember;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The mentors of one student in one cohort: assign another, or unassign one. */
class MentorDialog extends Dialog {

    private final List<PersonSummary> mentors;
    private final Grid<PersonSummary> grid = new Grid<>();

    MentorDialog(Cohort cohort, CohortMember member, CohortService cohorts, ComboBox<PersonSummary> picker, Runnable changed) {
        this.mentors = new ArrayList<>(member.mentors());
        setHeaderTitle("Mentors of " + member.displayName());
        setWidth("40em");
        setMaxWidth("calc(100vw - 2rem)");

        grid.addColumn(PersonSummary::label).setHeader("Mentor").setFlexGrow(1);
        grid.addComponentColumn(mentor -> {
            Button remove = new Button("Unassign", click -> {
                if (UserActions.attempt(() -> cohorts.unassignMentor(cohort.id(), member.studentId(), mentor.id()))) {
                    mentors.remove(mentor);
                    grid.setItems(mentors);
                    Notifications.success(mentor.displayName() + " no longer mentors " + member.displayName() + ".");
                    changed.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader("Action").setAutoWidth(true);
        grid.setItems(mentors);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No mentor assigned.");

        picker.setId("assign-mentor");
        Button assign = new Button("Assign", click -> {
            PersonSummary mentor = picker.getValue();
            if (mentor == null) {
                picker.setErrorMessage("Choose a mentor first.");
                picker.setInvalid(true);
                return;
            }
            if (UserActions.attempt(() -> cohorts.assignMentor(cohort.id(), member.studentId(), mentor.id()),
                    Map.of("mentor", picker))) {
                if (mentors.stream().noneMatch(m -> m.id() == mentor.id())) {
                    mentors.add(mentor);
                }
                grid.setItems(mentors);
                picker.clear();
                Notifications.success(mentor.displayName() + " now mentors " + member.displayName() + ".");
                changed.run();
            }
        });
        assign.setId("assign-button");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(picker, assign);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(grid, bar);
        getFooter().add(new Button("Close", click -> close()));
    }
}
