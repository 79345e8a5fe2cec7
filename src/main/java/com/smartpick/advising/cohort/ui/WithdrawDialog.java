package com.smartpick.advising.cohort.ui;

import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortMember;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.security.PersonSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;

/** Asks before a withdrawal, saying what it ends and what it keeps. */
class WithdrawDialog extends Dialog {

    final Button withdraw;

    WithdrawDialog(Cohort cohort, CohortMember member, CohortService cohorts, Runnable changed) {
        setHeaderTitle("Withdraw " + member.displayName() + "?");
        // the phone's width at most, or the dialog runs off both sides of a 390 px screen
        setMaxWidth("min(36em, calc(100vw - 2rem))");
        String mentors = member.mentors().stream().map(PersonSummary::displayName).collect(Collectors.joining(", "));
        String losing = mentors.isEmpty() ? "The advisors of \"" + cohort.name() + "\""
                : "The advisors of \"" + cohort.name() + "\" and the student's mentors there (" + mentors
                        + "), whose assignments end,";
        add(new Paragraph(losing + " will no longer see " + member.displayName()
                        + "'s records, feedback, letters or SmartPick lists."),
                new Paragraph("The student's own work stays as it is: letters in progress and lists in review wait for "
                        + "whoever advises them next. The enrollment is kept, marked withdrawn, and they can be "
                        + "enrolled again later."));
        withdraw = new Button("Withdraw", click -> {
            if (UserActions.attempt(() -> cohorts.withdraw(cohort.id(), member.studentId()))) {
                close();
                Notifications.success(member.displayName() + " withdrawn from \"" + cohort.name() + "\".");
                changed.run();
            }
        });
        withdraw.setId("withdraw-confirm");
        withdraw.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, withdraw);
        cancel.focus();
    }
}
