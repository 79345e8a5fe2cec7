package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterRequest;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.OutsideLetterRequest;
import com.smartpick.advising.security.PersonSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A student asks one of their mentors for a letter, or any physician outside the portal by name and e-mail (who gets a
 * single-use link to upload it), and decides for this letter whether to waive reading it.
 */
class RequestLetterDialog extends Dialog {

    final ComboBox<PersonSummary> mentor = new ComboBox<>("Mentor");
    final TextField writerName = new TextField("Physician's name");
    final EmailField writerEmail = new EmailField("Physician's e-mail");
    final TextField specialty = new TextField("Specialty");
    final TextField purpose = new TextField("Name for this letter (optional)");
    final DatePicker dueOn = new DatePicker("Needed by");
    final TextArea programs = new TextArea("Programs");
    final Checkbox waive = new Checkbox("I waive my right to read this letter");
    final Button send;

    RequestLetterDialog(LetterService letters, boolean outside, Consumer<Letter> requested) {
        setHeaderTitle(outside ? "Ask a physician outside the portal for a letter" : "Request a letter of recommendation");
        mentor.setId("letter-mentor");
        mentor.setRequiredIndicatorVisible(true);
        writerName.setId("letter-writer-name");
        writerName.setMaxLength(LetterService.MAX_WRITER_NAME);
        writerName.setRequiredIndicatorVisible(true);
        writerEmail.setId("letter-writer-email");
        writerEmail.setRequiredIndicatorVisible(true);
        specialty.setId("letter-specialty");
        specialty.setMaxLength(80);
        specialty.setPlaceholder("e.g. Internal Medicine");
        specialty.setRequiredIndicatorVisible(true);
        purpose.setId("letter-purpose");
        purpose.setMaxLength(LetterService.MAX_PURPOSE);
        purpose.setPlaceholder("e.g. Chair's letter");
        purpose.setHelperText("Tells this letter apart from others by the same writer.");
        dueOn.setId("letter-due-on");
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setMin(LocalDate.now());
        dueOn.setHelperText("The writer is reminded a week before and once it is overdue.");
        programs.setId("letter-programs");
        programs.setMaxLength(6000);
        programs.setPlaceholder("e.g. Mayo Clinic Internal Medicine");
        programs.setHelperText("One program per line.");
        programs.setRequiredIndicatorVisible(true);
        waive.setId("letter-waive");
        Paragraph waiver = new Paragraph("Under FERPA you may waive your right to read this letter. Programs often "
                + "give more weight to letters whose applicants waived it. You decide per letter; the choice is "
                + "recorded with the time and cannot be changed later.");
        waiver.addClassName("muted");
        FormLayout form = new FormLayout();
        if (outside) {
            Paragraph how = new Paragraph("They get an e-mail with a link that works once, for 30 days, to upload the "
                    + "letter as a PDF without an account. Your advisor approves it as any other letter.");
            how.addClassName("muted");
            form.add(writerName, writerEmail, how);
            form.setColspan(how, 2);
        } else {
            mentor.setItems(letters.myMentors());
            mentor.setItemLabelGenerator(PersonSummary::displayName);
            form.add(mentor);
        }
        form.add(specialty, purpose, dueOn, programs, waive, waiver);
        form.setColspan(programs, 2);
        form.setColspan(waiver, 2);
        add(form);

        send = new Button("Send request", click -> {
            List<String> names = Arrays.asList(programs.getValue().split("\\R"));
            PersonSummary chosen = mentor.getValue();
            UserActions.result(() -> outside
                            ? letters.requestFromOutside(new OutsideLetterRequest(writerName.getValue(),
                                    writerEmail.getValue(), specialty.getValue(), purpose.getValue(), names,
                                    dueOn.getValue(), waive.getValue()))
                            : letters.request(new LetterRequest(chosen == null ? -1 : chosen.id(), specialty.getValue(),
                                    purpose.getValue(), names, dueOn.getValue(), waive.getValue())),
                    Map.of("mentor", mentor, "writerName", writerName, "writerEmail", writerEmail, "specialty", specialty,
                            "purpose", purpose, "dueOn", dueOn, "programs", programs)).ifPresent(sent -> {
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
