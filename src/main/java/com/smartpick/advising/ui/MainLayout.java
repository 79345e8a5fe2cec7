package com.smartpick.advising.ui;

import com.smartpick.advising.audit.ui.AuditTrailView;
import com.smartpick.advising.audit.ui.DisclosuresView;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.letter.ui.LettersView;
import com.smartpick.advising.letter.ui.MyLettersView;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.student.ui.MyStudentsView;
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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The frame of every signed-in page: navigation by role, who is signed in, and sign-out. */
@PermitAll
@StyleSheet("themes/advising/styles.css")
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication) {
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
        if (viewer.has(Role.STUDENT)) {
            nav.addItem(new SideNavItem("My profile", MyProfileView.class, VaadinIcon.USER_CARD.create()));
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
}
