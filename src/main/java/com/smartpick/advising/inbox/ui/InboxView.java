package com.smartpick.advising.inbox.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.inbox.InboxPaths;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.Notification;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's notifications, newest first, whatever their role. Opening one marks it read and goes to what it
 * is about; links are built from route paths so this feature needs no other feature's views. Which of them also come
 * by e-mail is chosen on {@link NotificationSettingsView}.
 */
@AdvisingView(InboxPaths.INBOX)
@InMenu(label = "Inbox", icon = VaadinIcon.ENVELOPE_O, order = 110, suffix = UnreadCount.class)
@PermitAll
@PageTitle("Inbox · SmartPick Advising")
public class InboxView extends VerticalLayout {

    private final InboxService inbox;
    private final AdvisingProperties properties;
    private final VerticalLayout list = new VerticalLayout();

    public InboxView(InboxService inbox, AdvisingProperties properties) {
        this.inbox = inbox;
        this.properties = properties;
        addClassName("inbox-view");
        Button markAll = new Button("Mark all as read", click -> {
            inbox.markAllRead();
            changed();
            refresh();
        });
        markAll.setId("inbox-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button settings = new Button("E-mail settings", VaadinIcon.COG_O.create(),
                click -> UI.getCurrent().navigate(properties.route(InboxPaths.SETTINGS)));
        settings.setId("inbox-settings");
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H1("Inbox"), markAll, settings);
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        list.setId("inbox-list");
        list.setPadding(false);
        add(header, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var items = inbox.mine();
        if (items.isEmpty()) {
            list.add(new Paragraph("Nothing here yet. News of your students' or your own records, letters and SmartPick "
                    + "lists will be here."));
        }
        items.forEach(n -> list.add(item(n)));
    }

    private Div item(Notification n) {
        Span when = new Span(Dates.when(n.createdAt()));
        when.addClassName("muted");
        Div item = new Div(new Paragraph(n.message()), when);
        item.addClassName("inbox-item");
        if (n.unread()) {
            item.addClassName("unread");
        }
        String target = target(n);
        if (target != null) {
            Button open = new Button("Open", click -> {
                inbox.markRead(n.id());
                changed();
                UI.getCurrent().navigate(target);
            });
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            item.add(open);
        }
        return item;
    }

    private @Nullable String target(Notification n) {
        if (n.subjectType() == null || n.subjectId() == null) {
            return null;
        }
        return switch (n.subjectType()) {
            case "experience" -> properties.route("experience/" + n.subjectId());
            case "statement" -> properties.route("statements");
            case "shared-statement" -> properties.route("statements/" + n.subjectId());
            case "letter" -> properties.route("letters/" + n.subjectId());
            case "student-lists" -> properties.route("smartpick/students/" + n.subjectId());
            case "my-list" -> properties.route("smartpick/my-list");
            case "task" -> properties.route("season");
            default -> null;
        };
    }

    private static void changed() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new InboxChanged(ui));
    }
}
