package com.smartpick.advising.experience.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.SingleUseLinkPage;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.experience.ConfirmationRequest;
import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * Where the supervising physician of a US rotation confirms its record, from the single-use link in their e-mail and
 * without an account: the facts programs look for (dates, hands-on or observership, hours), and one answer.
 */
@AdvisingView(value = ExperienceService.CONFIRMATION_PATH + ":" + SingleUseLinkPage.TOKEN, inMainLayout = false)
@AnonymousAllowed
@PageTitle("Confirm a rotation · SmartPick Advising")
@StyleSheet("themes/advising/styles.css")
public class ConfirmExperienceView extends SingleUseLinkPage<ConfirmationRequest> {

    private final ExperienceService experience;

    public ConfirmExperienceView(ExperienceService experience) {
        super("Confirm a rotation", "your confirmation");
        this.experience = experience;
    }

    @Override
    protected ConfirmationRequest open(String token) {
        return experience.confirmationRequest(token);
    }

    @Override
    protected void show(String token, ConfirmationRequest request) {
        ExperienceDetails d = request.details();
        add(new Paragraph(request.studentName() + " lists you as the supervising physician of this rotation and asks "
                + "you to confirm it:"));
        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, "Rotation", d.type().label() + " at " + d.institution());
        fact(facts, "Where", d.city() + (d.state() == null ? "" : ", " + d.state()));
        fact(facts, "Dates", Dates.day(d.startDate()) + " to "
                + (d.ongoing() || d.endDate() == null ? "now" : Dates.day(d.endDate())));
        fact(facts, "Kind", d.handsOn() ? "Hands-on (the student took part in patient care)" : "Observership");
        fact(facts, "Hours a week", String.valueOf(d.hoursPerWeek()));
        fact(facts, "Supervisor named", d.supervisorName());
        add(facts);

        add(new H1("Your answer"));
        TextField name = new TextField("Your name, as it will appear on the record");
        name.setId("confirm-name");
        name.setValue(d.supervisorName());
        name.setWidthFull();
        TextArea note = new TextArea("Note (needed if something is not right)");
        note.setId("confirm-note");
        note.setWidthFull();
        note.setMaxLength(ExperienceService.MAX_CONFIRMATION_NOTE);
        Button right = new Button("These details are right", click -> answer(token, name, note, true, request));
        right.setId("confirm-right");
        right.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button wrong = new Button("Something is not right", click -> answer(token, name, note, false, request));
        wrong.setId("confirm-wrong");
        HorizontalLayout buttons = new HorizontalLayout(right, wrong);
        buttons.setWrap(true);
        add(name, note, buttons, new Paragraph("This link works once and until " + Dates.day(request.expiresAt())
                + ". Your answer, your name and the address this was sent to (" + request.sentTo()
                + ") are shown on the student's record."));
    }

    private void answer(String token, TextField name, TextArea note, boolean accurate, ConfirmationRequest request) {
        if (UserActions.attempt(() -> experience.answerConfirmation(token, name.getValue(), accurate, note.getValue()),
                Map.of("name", name, "note", note))) {
            thank(accurate ? "The record of " + request.studentName() + " now shows your confirmation."
                    : request.studentName() + " will read your note. This link is now used up.");
        }
    }

    private static void fact(Div facts, String term, String value) {
        Span t = new Span(term);
        t.addClassName("term");
        facts.add(t, new Span(value));
    }
}
