package com.smartpick.advising.inbox.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.inbox.InboxPaths;
import com.smartpick.advising.inbox.MailOutboxService;
import com.smartpick.advising.inbox.OutboxMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admins' view of the outbox: every e-mail the portal sent or is about to send, to whom, about what, and how sending
 * went (attempts, the last error, which instance sent it). With the standalone launcher's embedded SMTP server these
 * are the e-mails that would have gone out.
 */
@AdvisingView(InboxPaths.MAIL)
@InMenu(label = "Mail", icon = VaadinIcon.PAPERPLANE_O, order = 175)
@RolesAllowed("ADMIN")
@PageTitle("Mail · SmartPick Advising")
public class MailView extends VerticalLayout {

    final Grid<OutboxMail> grid = new Grid<>();
    final Span summary = new Span();
    private final MailOutboxService outbox;

    public MailView(MailOutboxService outbox) {
        this.outbox = outbox;
        addClassName("mail-view");
        setSizeFull();
        Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("mail-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new H1("Mail"), refresh);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("mail-summary");
        Paragraph about = new Paragraph("Each notification a person takes by e-mail, and each daily digest, is written "
                + "here with the change it announces and sent in the background; a failed attempt is tried again after a "
                + "wait that doubles each time.");
        about.addClassName("muted");
        grid.setId("mail-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> Dates.when(m.createdAt())).setHeader("Written").setWidth("10em").setFlexGrow(0);
        grid.addColumn(OutboxMail::to).setHeader("To").setWidth("14em").setFlexGrow(1);
        grid.addColumn(OutboxMail::subject).setHeader("Subject").setWidth("16em").setFlexGrow(3);
        grid.addColumn(m -> switch (m.status()) {
            case SENT -> "Sent " + (m.sentAt() == null ? "" : Dates.when(m.sentAt()));
            case PENDING -> m.attempts() == 0 ? "Waiting" : "Retry " + Dates.when(m.nextAttemptAt());
            case FAILED -> "Failed";
        }).setHeader("Status").setWidth("11em").setFlexGrow(0);
        grid.addColumn(OutboxMail::attempts).setHeader("Attempts").setWidth("6em").setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Last error").setWidth("12em")
                .setFlexGrow(2);
        add(header, about, summary, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(outbox.recent());
        int failed = outbox.failureCount();
        int waiting = outbox.waitingCount();
        summary.setText((outbox.canSend() ? "" : "No SMTP server is configured (spring.mail.host): e-mails wait here. ")
                + waiting + " waiting, " + failed + (failed == 1 ? " mail failure." : " mail failures."));
        summary.getElement().getThemeList().set("badge error", failed > 0);
    }
}
