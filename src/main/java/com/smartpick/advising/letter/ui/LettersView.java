package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.LetterStatus;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/** Staff's letters: a mentor's requests to them, an advisor's letters to approve (or in any other state). */
@AdvisingView("letters")
@InMenu(label = "Letters", icon = VaadinIcon.ENVELOPES_O, order = 140)
@RolesAllowed({"ADVISOR", "MENTOR", "ADMIN"})
@PageTitle("Letters · SmartPick Advising")
public class LettersView extends VerticalLayout {

    public LettersView(LetterService letters, CurrentUser currentUser) {
        addClassName("letters-view");
        Viewer viewer = currentUser.require();
        add(new H1("Letters of recommendation"));
        if (viewer.may(Permission.WRITE_LETTERS)) {
            LetterGrid asked = new LetterGrid("asked-of-me", true, false);
            asked.setItems(letters.askedOfMe());
            add(new H2("Requests to me"), asked);
        }
        if (viewer.may(Permission.OVERSEE_LETTERS)) {
            LetterGrid toDecide = new LetterGrid("to-approve", true, true);
            Select<LetterStatus> status = new Select<>();
            status.setId("letter-status-filter");
            status.setItems(LetterStatus.values());
            status.setEmptySelectionAllowed(true);
            status.setLabel("Letter state");
            status.setEmptySelectionCaption("All letter states");
            status.setItemLabelGenerator(s -> s == null ? "All letter states" : s.label());
            status.addValueChangeListener(change -> toDecide.setItems(letters.ofMyStudents(change.getValue())));
            status.setValue(LetterStatus.SUBMITTED);
            HorizontalLayout heading = new HorizontalLayout(new H2(viewer.may(Permission.APPROVE_LETTERS) ? "To approve" : "All letters"), status);
            heading.setAlignItems(FlexComponent.Alignment.BASELINE);
            heading.setWrap(true);
            add(heading, toDecide);
        }
    }
}
