package com.smartpick.advising.ui;

import com.smartpick.advising.audit.ui.AuditTrailView;
import com.smartpick.advising.audit.ui.DisclosuresView;
import com.smartpick.advising.base.Outages;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.eras.ui.ErasView;
import com.smartpick.advising.experience.ui.MyExperienceView;
import com.smartpick.advising.experience.ui.ReviewQueueView;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.ui.InboxChanged;
import com.smartpick.advising.inbox.ui.InboxView;
import com.smartpick.advising.letter.ui.LettersView;
import com.smartpick.advising.letter.ui.MyLettersView;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.readiness.ui.ReadinessView;
import com.smartpick.advising.roster.ui.RosterImportView;
import com.smartpick.advising.statement.ui.PersonalStatementView;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.catalog.ui.CatalogView;
import com.smartpick.advising.smartpick.rankedlist.ui.CohortSmartPickView;
import com.smartpick.advising.smartpick.rankedlist.ui.MyListView;
import com.smartpick.advising.student.ui.MyStudentsView;
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

/** The frame of every signed-in page: navigation by role, who is signed in, and sign-out. */
@PermitAll
@StyleSheet("themes/advising/styles.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final InboxService inbox;
    private final Span unreadBadge = new Span();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, InboxService inbox) {
        this.inbox = inbox;
        addClassName("advising-layout");
        Viewer viewer = currentUser.require();

        Span title = new Span("SmartPick Advising");
        title.addClassName("app-title");
        addToNavbar(new DrawerToggle(), title);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Home", HomeView.class, VaadinIcon.HOME.create()));
        if (viewer.hasAny(Role.ADVISOR, Role.ADMIN)) {
            nav.addItem(new SideNavItem("Cohorts", CohortsView.class, VaadinIcon.GROUP.create()));
        }
        if (viewer.hasAny(Role.ADVISOR, Role.MENTOR, Role.ADMIN)) {
            nav.addItem(new SideNavItem("My students", MyStudentsView.class, VaadinIcon.USERS.create()));
        }
        if (viewer.hasAny(Role.ADVISOR, Role.MENTOR, Role.ADMIN)) {
            nav.addItem(new SideNavItem("Review queue", ReviewQueueView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (viewer.hasAny(Role.ADVISOR, Role.ADMIN)) {
            nav.addItem(new SideNavItem("Readiness", ReadinessView.class, VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem("Import roster", RosterImportView.class, VaadinIcon.UPLOAD.create()));
            nav.addItem(new SideNavItem("SmartPick for a cohort", CohortSmartPickView.class, VaadinIcon.LIST_OL.create()));
        }
        if (viewer.has(Role.STUDENT)) {
            nav.addItem(new SideNavItem("My profile", MyProfileView.class, VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem("My experience", MyExperienceView.class, VaadinIcon.DOCTOR.create()));
            nav.addItem(new SideNavItem("ERAS experiences", ErasView.class, VaadinIcon.LIST_OL.create()));
            nav.addItem(new SideNavItem("Personal statement", PersonalStatementView.class, VaadinIcon.FILE_TEXT_O.create()));
            SideNavItem inboxItem = new SideNavItem("Inbox", InboxView.class, VaadinIcon.ENVELOPE_O.create());
            unreadBadge.setId("inbox-unread");
            unreadBadge.getElement().getThemeList().add("badge pill small primary");
            inboxItem.setSuffixComponent(unreadBadge);
            nav.addItem(inboxItem);
            nav.addItem(new SideNavItem("My SmartPick list", MyListView.class, VaadinIcon.LIST_OL.create()));
            addAttachListener(attach -> ComponentUtil.addListener(attach.getUI(), InboxChanged.class,
                    changed -> refreshUnread()));
        }
        if (viewer.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Program catalog", CatalogView.class, VaadinIcon.HOSPITAL.create()));
        }
        if (viewer.hasAny(Role.ADVISOR, Role.MENTOR)) {
            nav.addItem(new SideNavItem("Letters", LettersView.class, VaadinIcon.ENVELOPES_O.create()));
        }
        if (viewer.has(Role.STUDENT)) {
            nav.addItem(new SideNavItem("My letters", MyLettersView.class, VaadinIcon.ENVELOPE_O.create()));
            nav.addItem(new SideNavItem("Who viewed my record", DisclosuresView.class, VaadinIcon.EYE.create()));
        }
        if (viewer.has(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Audit trail", AuditTrailView.class, VaadinIcon.RECORDS.create()));
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
