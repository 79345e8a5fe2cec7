package com.smartpick.advising.inbox.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the signed-in person read notifications, so the navigation's unread badge follows. */
public class InboxChanged extends ComponentEvent<UI> {

    public InboxChanged(UI ui) {
        super(ui, false);
    }
}
