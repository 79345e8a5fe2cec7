package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.letter.LetterProgramService;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.signal.SignalService;
import com.smartpick.advising.smartpick.signal.ui.SignalsPanel;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "My SmartPick list": the version an advisor published, and nothing before it is published. Below it the student
 * chooses which letters go to each program, unless a host switched letters off.
 */
@AdvisingView("smartpick/my-list")
@InMenu(label = "My SmartPick list", icon = VaadinIcon.LIST_OL, order = 120)
@RolesAllowed("STUDENT")
@PageTitle("My SmartPick list · SmartPick Advising")
public class MyListView extends VerticalLayout implements BeforeEnterObserver {

    private final RankedListService lists;
    private final SignalService signals;
    private final ObjectProvider<LetterProgramService> letterPrograms;
    private final AdvisingProperties properties;

    public MyListView(RankedListService lists, SignalService signals,
            ObjectProvider<LetterProgramService> letterPrograms, AdvisingProperties properties) {
        this.properties = properties;
        this.lists = lists;
        this.signals = signals;
        this.letterPrograms = letterPrograms;
        addClassName("my-list-view");
    }

    /** Read at every visit, not once: the same view instance may be shown again after the advisor publishes. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("My SmartPick list"));
        Optional<RankedList> published = lists.myPublishedList();
        if (published.isEmpty()) {
            Paragraph none = new Paragraph("Your advisor has not published a SmartPick list for you yet. "
                    + "Once they have reviewed and approved one, it appears here.");
            none.setId("no-published-list");
            add(none);
            return;
        }
        RankedList list = published.get();
        Paragraph about = new Paragraph(list.specialty().displayName() + " · version " + list.listNo()
                + ", approved and published by your advisor. The chance of matching is calibrated on NRMP's outcomes for "
                + "non-US IMGs; each program's chance is SmartPick's estimate of an interview there: open \"Why this "
                + "chance\" to see what moves it.");
        about.setId("published-about");
        // the list's own heading, so the figures' headings below it keep their order for screen readers
        add(new H2("Your programs and their chances"), about, new ListPanel(lists, properties, list, null, unchanged -> { }),
                new SignalsPanel(signals, list.studentId(), list.specialty(), () -> { }));
        letterPrograms.ifAvailable(letters -> add(new LetterPlaces(letters, list.keptEntries())));
    }
}
