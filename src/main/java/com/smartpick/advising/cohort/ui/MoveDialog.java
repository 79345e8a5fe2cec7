package com.smartpick.advising.cohort.ui;

import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortMember;
import com.smartpick.advising.cohort.CohortService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;

/** Moves a student to another of the cohorts the signed-in person runs. */
class MoveDialog extends Dialog {

    final Select<Cohort> target = new Select<>();
    final Button move;

    MoveDialog(Cohort from, CohortMember member, List<Cohort> others, CohortService cohorts, Runnable changed) {
        setHeaderTitle("Move " + member.displayName());
        // the phone's width at most, or the dialog runs off both sides of a 390 px screen
        setMaxWidth("min(36em, calc(100vw - 2rem))");
        target.setId("move-target");
        target.setLabel("To cohort");
        target.setItems(others);
        target.setItemLabelGenerator(Cohort::name);
        target.setWidthFull();
        add(new Paragraph("From \"" + from.name() + "\". Their mentors move with them; the enrollment here is kept, "
                + "marked withdrawn."), target);
        move = new Button("Move", click -> {
            Cohort to = target.getValue();
            if (to == null) {
                target.setErrorMessage("Choose the cohort to move to.");
                target.setInvalid(true);
                return;
            }
            if (UserActions.attempt(() -> cohorts.move(member.studentId(), from.id(), to.id()), Map.of("cohort", target))) {
                close();
                Notifications.success(member.displayName() + " moved to \"" + to.name() + "\".");
                changed.run();
            }
        });
        move.setId("move-confirm");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), move);
    }
}
