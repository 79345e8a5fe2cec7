package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.letter.LetterService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/** A student's letters: where each stands. Content only ever on a letter's own page, and never of a waived one. */
@AdvisingView("my-letters")
@InMenu(label = "My letters", icon = VaadinIcon.ENVELOPE_O, order = 150)
@RolesAllowed("STUDENT")
@PageTitle("My letters · SmartPick Advising")
public class MyLettersView extends VerticalLayout {

    private final LetterService letters;
    private final LetterGrid grid = new LetterGrid("my-letters", false, true);

    public MyLettersView(LetterService letters) {
        this.letters = letters;
        addClassName("my-letters-view");
        Button request = new Button("Request a letter", VaadinIcon.PLUS.create(), click -> ask(false));
        request.setId("request-letter");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button outside = new Button("Ask a physician outside the portal", VaadinIcon.ENVELOPE_O.create(), click -> ask(true));
        outside.setId("request-outside-letter");
        HorizontalLayout heading = new HorizontalLayout(new H1("My letters"), request, outside);
        heading.setWrap(true);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph note = new Paragraph("Ask your mentors, or any physician by e-mail, for letters of recommendation and "
                + "follow where each stands. "
                + "ERAS sends at most 4 letters to any one program.");
        note.addClassName("muted");
        add(heading, note, grid);
        refresh();
    }

    private void ask(boolean outside) {
        new RequestLetterDialog(letters, outside, letter -> {
            Notifications.success("Request sent to " + letter.mentorName()
                    + (letter.writerOutside() ? " by e-mail, with a link to upload the letter." : "."));
            refresh();
        }).open();
    }

    private void refresh() {
        grid.setItems(letters.myLetters());
    }
}
