package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.letter.Letter;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;

/** Letters in a list, each row opening the letter's page; status and request only, never content. */
class LetterGrid extends Grid<Letter> {

    LetterGrid(String id, boolean showStudent, boolean showMentor) {
        setId(id);
        setWidthFull();
        if (showStudent) {
            addColumn(Letter::studentName).setHeader("Student").setSortable(true).setAutoWidth(true);
        }
        if (showMentor) {
            addColumn(Letter::mentorName).setHeader("Mentor").setSortable(true).setAutoWidth(true);
        }
        addColumn(LetterGrid::name).setHeader("Letter").setSortable(true).setAutoWidth(true);
        addColumn(LetterGrid::programs).setHeader("Programs").setWidth("12em").setFlexGrow(1)
                .setTooltipGenerator(l -> String.join("\n", l.programs()));
        addComponentColumn(l -> status(l)).setHeader("Status").setAutoWidth(true)
                .setComparator(l -> l.status().ordinal());
        addColumn(l -> l.dueOn() == null ? "—" : Dates.day(l.dueOn())).setHeader("Needed by").setAutoWidth(true)
                .setComparator(l -> l.dueOn() == null ? LocalDate.MAX : l.dueOn());
        addColumn(l -> Dates.day(l.requestedAt())).setHeader("Requested").setAutoWidth(true)
                .setComparator(Letter::requestedAt);
        addColumn(l -> l.waived() ? "Waived" : "Kept").setHeader("Right to read").setAutoWidth(true);
        setEmptyStateText("No letters.");
        setAllRowsVisible(true);
        addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(LetterView.class,
                new RouteParameters(LetterView.LETTER_ID, String.valueOf(click.getItem().id())))));
    }

    /** The specialty and what the student called the letter: what tells two letters of one writer apart. */
    private static String name(Letter letter) {
        return letter.specialty() + (letter.purpose() == null ? "" : " · " + letter.purpose());
    }

    /** The first program and how many more: the full list is the tooltip and the letter's page. */
    private static String programs(Letter letter) {
        return letter.programs().isEmpty() ? "" : letter.programs().getFirst()
                + (letter.programs().size() > 1 ? " +" + (letter.programs().size() - 1) + " more" : "");
    }

    static Span status(Letter letter) {
        Span badge = new Span(letter.status().label());
        badge.addClassNames("letter-status", "letter-status-" + letter.status().name().toLowerCase());
        return badge;
    }
}
