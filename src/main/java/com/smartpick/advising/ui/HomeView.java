package com.smartpick.advising.ui;

import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.catalog.ui.CatalogView;
import com.smartpick.advising.student.ui.MyStudentsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/** Where every role lands after signing in: what they can do here, one click away. */
@PermitAll
@PageTitle("Home · SmartPick Advising")
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser) {
        addClassName("home-view");
        Viewer viewer = currentUser.require();
        add(new H1("Welcome, " + viewer.displayName()));
        Div cards = new Div();
        cards.addClassName("cards");
        if (viewer.hasAny(Role.ADVISOR, Role.ADMIN)) {
            cards.add(card("Cohorts", "Create and run cohorts, enroll students, assign mentors.", CohortsView.class));
        }
        if (viewer.hasAny(Role.ADVISOR, Role.MENTOR, Role.ADMIN)) {
            cards.add(card("My students", "Every student you advise or mentor, with scores and mentors.", MyStudentsView.class));
        }
        if (viewer.has(Role.STUDENT)) {
            cards.add(card("My profile", "Your school, scores, visa need and preferences: what SmartPick ranks from.", MyProfileView.class));
        }
        if (viewer.has(Role.ADMIN)) {
            cards.add(card("Program catalog", "The residency programs SmartPick ranks: browse, edit, import a CSV.", CatalogView.class));
        }
        add(cards);
    }

    private static Div card(String title, String text, Class<? extends Component> view) {
        Div card = new Div(new H3(new RouterLink(title, view)), new Paragraph(text));
        card.addClassName("card");
        return card;
    }
}
