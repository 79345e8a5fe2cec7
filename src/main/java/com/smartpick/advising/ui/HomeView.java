package com.smartpick.advising.ui;

import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * Where every role lands after signing in: what they can do here, one click away. The cards are the menu entries with
 * a card text, for the same viewers.
 */
@PermitAll
@PageTitle("Home · SmartPick Advising")
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, PluginViews views) {
        addClassName("home-view");
        Viewer viewer = currentUser.require();
        add(new H1("Welcome, " + viewer.displayName()));
        Div cards = new Div();
        cards.addClassName("cards");
        for (PluginView.MenuEntry entry : views.menuFor(viewer)) {
            if (entry.card() != null) {
                Div card = new Div(new H3(new RouterLink(entry.label(), entry.view())), new Paragraph(entry.card()));
                card.addClassName("card");
                cards.add(card);
            }
        }
        add(cards);
    }
}
