package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.RowOpening;
import com.smartpick.advising.letter.Letter;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;

/** Letters in a list, each row opening the letter's page; status and request only, never content. */
class LetterGrid extends Grid<Letter> {

    LetterGrid(String id, boolean showStudent, boolean showMentor) {
        setId(id);
        setWidthFull();
        // widths that fit every column beside the menu at 1,400 px, the long texts wrapping; on a phone the key
        // columns (who, which letter, where it stands, by when) come first and the rest scrolls
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (showStudent) {
            addColumn(Letter::studentName).setHeader("Student").setSortable(true).setWidth("8em").setFlexGrow(1);
        }
        if (showMentor) {
            addColumn(Letter::mentorName).setHeader("Mentor").setSortable(true).setWidth("8em").setFlexGrow(1);
        }
        addColumn(LetterGrid::name).setHeader("Letter").setSortable(true).setWidth("11em").setFlexGrow(2);
        addComponentColumn(l -> status(l)).setHeader("Status").setAutoWidth(true).setFlexGrow(0)
                .setComparator(l -> l.status().ordinal());
        addColumn(l -> l.dueOn() == null ? "—" : Dates.day(l.dueOn())).setHeader("Needed by").setWidth("9em")
                .setFlexGrow(0).setComparator(l -> l.dueOn() == null ? LocalDate.MAX : l.dueOn());
        addColumn(l -> Dates.day(l.requestedAt())).setHeader("Requested").setWidth("9em").setFlexGrow(0)
                .setComparator(Letter::requestedAt);
        addColumn(LetterGrid::programs).setHeader("Programs").setWidth("9em").setFlexGrow(1)
                .setTooltipGenerator(l -> String.join("\n", l.programs()));
        addColumn(l -> l.waived() ? "Waived" : "Kept").setHeader("Right to read").setWidth("6.5em").setFlexGrow(0);
        setEmptyStateText("No letters.");
        setAllRowsVisible(true);
        RowOpening.onClickOrEnter(this, letter -> getUI().ifPresent(ui -> ui.navigate(LetterView.class,
                new RouteParameters(LetterView.LETTER_ID, String.valueOf(letter.id())))));
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
