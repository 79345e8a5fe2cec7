package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** Asks for the reason of a return or a decline; stays open, with the message at the field, until it goes through. */
class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm;

    ReasonDialog(String title, String action, Function<String, Letter> move, Consumer<Letter> done) {
        setHeaderTitle(title);
        reason.setId("reason");
        reason.setMaxLength(LetterService.MAX_REASON);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("28em");
        add(reason);
        confirm = new Button(action, click -> {
            UserActions.result(() -> move.apply(reason.getValue()), Map.of("reason", reason)).ifPresent(moved -> {
                close();
                done.accept(moved);
            });
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
