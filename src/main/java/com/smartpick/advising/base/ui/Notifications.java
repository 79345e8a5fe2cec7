package com.smartpick.advising.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The app's kinds of toast: a quiet confirmation, one that offers to undo what was just done, and an error that stays
 * until read.
 */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * A confirmation with an "Undo" button, for a change whose undoing is itself an ordinary, checked change (the
     * caller's {@code undo} goes through the service like any other). It stays long enough to be read and clicked.
     */
    public static void undoable(String message, Runnable undo) {
        Notification n = new Notification();
        n.setDuration(10000);
        n.setPosition(Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        Button undoButton = new Button("Undo", click -> {
            n.close();
            undo.run();
        });
        undoButton.setId("undo-button");
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(message), undoButton);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
