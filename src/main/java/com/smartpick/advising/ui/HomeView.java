package com.smartpick.advising.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;

/**
 * Where every role lands after signing in: what they can do here, one click away. The cards are the menu entries with
 * a card text, for the same viewers.
 */
@AdvisingView("")
@InMenu(label = "Home", icon = VaadinIcon.HOME, order = 0)
@PermitAll
@PageTitle("Home · SmartPick Advising")
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, PluginViews views) {
        addClassName("home-view");
        Viewer viewer = currentUser.require();
        add(new H1("Welcome, " + viewer.displayName()));
        Div cards = new Div();
        cards.addClassName("cards");
        for (PluginView view : views.menuFor(viewer)) {
            InMenu entry = Objects.requireNonNull(view.menu());
            if (!entry.card().isEmpty()) {
                Div card = new Div(new H3(new RouterLink(entry.label(), view.view())), new Paragraph(entry.card()));
                card.addClassName("card");
                cards.add(card);
            }
        }
        add(cards);
    }
}
