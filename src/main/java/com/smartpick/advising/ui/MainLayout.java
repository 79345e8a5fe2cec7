package com.smartpick.advising.ui;

import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The frame of every signed-in page: the navigation (the menu entries of {@link PluginViews} the viewer may open), who
 * is signed in, and sign-out.
 */
@PermitAll
@StyleSheet("themes/advising/styles.css")
public class MainLayout extends AppLayout {

    /** The page's own content, marked as the main landmark so a screen reader can jump past the navigation to it. */
    private final Main page = new Main();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, PluginViews views) {
        addClassName("advising-layout");
        Viewer viewer = currentUser.require();

        Span title = new Span("SmartPick Advising");
        title.addClassName("app-title");
        DrawerToggle menuToggle = new DrawerToggle();
        menuToggle.setAriaLabel("Menu");
        Header bar = new Header(menuToggle, title);
        bar.addClassName("bar");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        for (PluginView view : views.menuFor(viewer)) {
            InMenu entry = Objects.requireNonNull(view.menu());
            SideNavItem item = new SideNavItem(entry.label(), view.view(), entry.icon().create());
            if (entry.suffix() != Component.class) {
                item.setSuffixComponent(Instantiator.get(UI.getCurrent()).createComponent(entry.suffix()));
            }
            nav.addItem(item);
        }

        Div who = new Div(new Span(viewer.displayName()), new Span(viewer.roles().stream().map(Role::label).sorted()
                .collect(Collectors.joining(", "))));
        who.addClassName("signed-in-as");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        VerticalLayout drawer = new VerticalLayout(nav, who, signOut);
        drawer.addClassName("drawer");
        drawer.expand(nav);
        Nav navigation = new Nav(drawer);
        navigation.getElement().setAttribute("aria-label", "Main menu");
        navigation.addClassName("navigation");
        addToDrawer(navigation);

        page.addClassName("page");
        setContent(page);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.getElement().removeAllChildren();
        if (content != null) {
            page.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        page.getElement().removeAllChildren();
    }
}
