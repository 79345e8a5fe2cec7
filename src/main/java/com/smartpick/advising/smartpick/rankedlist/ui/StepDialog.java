package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Asks before a step that cannot be taken back (approving, publishing, resolving a concern), saying what it will do;
 * with a reason field when the step needs one. The step runs only from the dialog's own button; a refusal of the
 * reason shows on its field, with the words kept.
 */
class StepDialog extends Dialog {

    private final TextArea reason = new TextArea();

    private StepDialog(String title, String consequence, String confirm, Function<TextArea, Optional<?>> step) {
        setHeaderTitle(title);
        Paragraph text = new Paragraph(consequence);
        text.setId("step-consequence");
        reason.setId("step-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setVisible(false);
        add(text, reason);
        Button ok = new Button(confirm, click -> step.apply(reason).ifPresent(done -> close()));
        ok.setId("step-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        cancel.setId("step-cancel");
        getFooter().add(cancel, ok);
        // as wide as the words need, never wider than a phone
        setWidth("min(32em, 95vw)");
    }

    /** A step that needs no words: confirming runs it. */
    static <T> StepDialog confirm(String title, String consequence, String confirm, Supplier<T> step, Consumer<T> done) {
        return new StepDialog(title, consequence, confirm, field -> {
            Optional<T> result = UserActions.result(step);
            result.ifPresent(done);
            return result;
        });
    }

    /** A step taken with a reason the service checks. */
    static <T> StepDialog withReason(String title, String consequence, String confirm, String reasonLabel,
            Function<String, T> step, Consumer<T> done) {
        StepDialog dialog = new StepDialog(title, consequence, confirm, field -> {
            Optional<T> result = UserActions.result(() -> step.apply(field.getValue()), Map.of("reason", field));
            result.ifPresent(done);
            return result;
        });
        dialog.reason.setLabel(reasonLabel);
        dialog.reason.setVisible(true);
        return dialog;
    }
}
