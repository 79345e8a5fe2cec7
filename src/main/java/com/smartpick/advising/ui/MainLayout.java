package com.smartpick.advising.ui;

import com.smartpick.advising.base.Outages;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.ui.InboxChanged;
import com.smartpick.advising.inbox.ui.InboxView;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * The frame of every signed-in page: the navigation (the entries of {@link PluginViews} the viewer may open), who is
 * signed in, and sign-out.
 */
@PermitAll
@StyleSheet("themes/advising/styles.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final InboxService inbox;
    private final Span unreadBadge = new Span();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, InboxService inbox,
            PluginViews views) {
        this.inbox = inbox;
        addClassName("advising-layout");
        Viewer viewer = currentUser.require();

        Span title = new Span("SmartPick Advising");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);

        SideNav nav = new SideNav();
        for (PluginView.MenuEntry entry : views.menuFor(viewer)) {
            SideNavItem item = new SideNavItem(entry.label(), entry.view(), entry.icon().create());
            if (entry.view() == InboxView.class) {
                unreadBadge.setId("inbox-unread");
                unreadBadge.getElement().getThemeList().add("badge pill small primary");
                item.setSuffixComponent(unreadBadge);
                addAttachListener(attach -> ComponentUtil.addListener(attach.getUI(), InboxChanged.class,
                        changed -> refreshUnread()));
            }
            nav.addItem(item);
        }

        Div who = new Div(new Span(viewer.displayName()), new Span(viewer.roles().stream().map(Role::name).sorted()
                .collect(Collectors.joining(", "))));
        who.addClassName("signed-in-as");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        VerticalLayout drawer = new VerticalLayout(nav, who, signOut);
        drawer.addClassName("drawer");
        drawer.expand(nav);
        addToDrawer(drawer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshUnread();
    }

    /** The unread count beside "Inbox", hidden at zero; refreshed on every navigation and when the inbox is read. */
    private void refreshUnread() {
        int unread;
        try {
            unread = inbox.unreadCount();
        } catch (RuntimeException e) {
            if (!Outages.databaseUnreachable(e)) {
                throw e;
            }
            // a badge is no reason to refuse a page: the page itself says whether the database is away
            unread = 0;
        }
        // empty, not "0", so the item reads "Inbox" when nothing is new
        unreadBadge.setText(unread > 0 ? Integer.toString(unread) : "");
        unreadBadge.setVisible(unread > 0);
    }
}
