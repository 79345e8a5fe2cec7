package com.smartpick.advising.ui;

import com.smartpick.advising.base.Outages;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.worklist.WorkItem;
import com.smartpick.advising.worklist.WorklistService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where every role lands after signing in: first what needs them today (the worklist, most urgent first), then what
 * they can do here, one click away. The cards are the menu entries with a card text, for the same viewers; a worklist
 * line links only to a view the viewer may open.
 */
@AdvisingView("")
@InMenu(label = "Home", icon = VaadinIcon.HOME, order = 0)
@PermitAll
@PageTitle("Home · SmartPick Advising")
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, PluginViews views, WorklistService worklist) {
        addClassName("home-view");
        Viewer viewer = currentUser.require();
        add(new H1("Welcome, " + viewer.displayName()));
        add(worklist(worklist, views, viewer));
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
        add(new H2("Everything you can do"), cards);
    }

    private static Div worklist(WorklistService worklist, PluginViews views, Viewer viewer) {
        Div section = new Div(new H2("What needs you today"));
        section.addClassName("worklist");
        section.setId("worklist");
        List<WorkItem> items;
        try {
            items = worklist.mine().stream().filter(item -> opens(views, item, viewer)).toList();
        } catch (RuntimeException failure) {
            if (!Outages.databaseUnreachable(failure)) {
                throw failure;
            }
            // the home page is where people land, so it stays up: the cards below need no database
            section.add(new Paragraph(Outages.DATABASE_MESSAGE));
            return section;
        }
        if (items.isEmpty()) {
            section.add(new Paragraph("Nothing waits for you. Well done."));
            return section;
        }
        UnorderedList lines = new UnorderedList();
        for (WorkItem item : items) {
            // a date line keeps the empty count cell, so the labels stay in one column
            Span count = new Span(item.count() == null ? "" : String.valueOf(item.count()));
            count.addClassName("count");
            RouterLink link = new RouterLink(item.label(), item.view(), item.parameters());
            link.setQueryParameters(item.query());
            // what wraps at phone width stays beside the count, not under it
            Div line = new Div(link);
            line.addClassName("line");
            if (item.when() != null) {
                Span when = new Span(item.whenMeans() + " " + Dates.day(item.when()));
                when.addClassName("when");
                line.add(when);
            }
            if (item.urgency() != WorkItem.Urgency.OPEN) {
                Span urgency = new Span(item.urgency().name().toLowerCase(Locale.ROOT));
                urgency.addClassNames("badge", "urgency-" + item.urgency().name().toLowerCase(Locale.ROOT));
                line.add(urgency);
            }
            lines.add(new ListItem(count, line));
        }
        section.add(lines);
        return section;
    }

    private static boolean opens(PluginViews views, WorkItem item, Viewer viewer) {
        return views.registered().stream().anyMatch(view -> view.view() == item.view() && view.admits(viewer));
    }
}
