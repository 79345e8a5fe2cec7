package com.smartpick.advising.inbox.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.BackLink;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.inbox.Delivery;
import com.smartpick.advising.inbox.InboxPaths;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.NotificationSetting;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;

/**
 * How the signed-in person gets each kind of notification that concerns their roles: at once by e-mail, in a daily
 * digest, or in the app only. Every kind lands in the inbox whatever the choice; a choice is saved as it is made.
 */
@AdvisingView(InboxPaths.SETTINGS)
@PermitAll
@PageTitle("E-mail settings · SmartPick Advising")
public class NotificationSettingsView extends VerticalLayout {

    public NotificationSettingsView(InboxService inbox) {
        addClassName("notification-settings-view");
        setMaxWidth("48rem");
        add(BackLink.to(InboxView.class), new H1("E-mail settings"), new Paragraph("Everything reaches your inbox. Choose "
                + "which notifications also come by e-mail: at once, in one digest a day, or not at all. Every e-mail "
                + "has a link that stops e-mails of its kind."));
        for (NotificationSetting setting : inbox.mySettings()) {
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(setting.kind().label());
            choice.setId("delivery-" + setting.kind().code().replace('.', '-'));
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(Delivery::label);
            choice.setValue(setting.delivery());
            choice.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    UserActions.result(() -> inbox.choose(setting.kind(), change.getValue()))
                            .ifPresentOrElse(saved -> Notifications.success(setting.kind().label() + ": "
                                    + saved.delivery().label().toLowerCase() + "."), () -> choice.setValue(change.getOldValue()));
                }
            });
            add(choice);
        }
    }
}
