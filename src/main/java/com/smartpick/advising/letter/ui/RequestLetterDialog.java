package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterRequest;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.security.PersonSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/** A student asks one of their mentors for a letter, and decides for this letter whether to waive reading it. */
class RequestLetterDialog extends Dialog {

    final ComboBox<PersonSummary> mentor = new ComboBox<>("Mentor");
    final TextField specialty = new TextField("Specialty");
    final TextArea programs = new TextArea("Programs (one per line)");
    final Checkbox waive = new Checkbox("I waive my right to read this letter");
    final Button send;

    RequestLetterDialog(LetterService letters, Consumer<Letter> requested) {
        setHeaderTitle("Request a letter of recommendation");
        mentor.setId("letter-mentor");
        mentor.setItems(letters.myMentors());
        mentor.setItemLabelGenerator(PersonSummary::displayName);
        mentor.setRequiredIndicatorVisible(true);
        specialty.setId("letter-specialty");
        specialty.setMaxLength(80);
        specialty.setPlaceholder("Internal Medicine");
        specialty.setRequiredIndicatorVisible(true);
        programs.setId("letter-programs");
        programs.setMaxLength(6000);
        programs.setPlaceholder("Mayo Clinic Internal Medicine\nCleveland Clinic Internal Medicine");
        programs.setRequiredIndicatorVisible(true);
        waive.setId("letter-waive");
        Paragraph waiver = new Paragraph("Under FERPA you may waive your right to read this letter. Programs often "
                + "give more weight to letters whose applicants waived it. You decide per letter; the choice is "
                + "recorded with the time and cannot be changed later.");
        waiver.addClassName("muted");
        FormLayout form = new FormLayout(mentor, specialty, programs, waive, waiver);
        form.setColspan(programs, 2);
        form.setColspan(waiver, 2);
        add(form);

        send = new Button("Send request", click -> {
            PersonSummary chosen = mentor.getValue();
            LetterRequest request = new LetterRequest(chosen == null ? -1 : chosen.id(), specialty.getValue(),
                    Arrays.asList(programs.getValue().split("\\R")), waive.getValue());
            UserActions.result(() -> letters.request(request),
                    Map.of("mentor", mentor, "specialty", specialty, "programs", programs)).ifPresent(sent -> {
                close();
                requested.accept(sent);
            });
        });
        send.setId("letter-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), send);
        setWidth("36em");
    }
}
