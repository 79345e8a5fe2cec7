package com.smartpick.advising.season.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A month of the season on the server: a grid of days (Monday first) with the milestones and tasks on them, and the
 * same month as a list, which the stylesheet shows instead of the grid at phone width.
 */
class MonthCalendar extends Div {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final List<CalendarEntry> entries;
    private final LocalDate today;
    private final H3 title = new H3();
    private final Div grid = new Div();
    private final UnorderedList list = new UnorderedList();
    private YearMonth month;

    MonthCalendar(List<CalendarEntry> entries, LocalDate today) {
        this.entries = List.copyOf(entries);
        this.today = today;
        this.month = YearMonth.from(today);
        addClassName("season-month");
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> show(month.minusMonths(1)));
        previous.setAriaLabel("Previous month");
        previous.setId("season-month-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> show(month.plusMonths(1)));
        next.setAriaLabel("Next month");
        next.setId("season-month-next");
        Button now = new Button("Today", click -> show(YearMonth.from(today)));
        for (Button b : List.of(previous, next, now)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        title.setId("season-month-title");
        Div header = new Div(previous, title, next, now);
        header.addClassName("season-month-header");
        grid.addClassName("season-month-grid");
        list.addClassName("season-month-list");
        add(header, grid, list);
        show(month);
    }

    YearMonth month() {
        return month;
    }

    void show(YearMonth shown) {
        month = shown;
        title.setText(MONTH.format(shown));
        grid.removeAll();
        list.removeAll();
        for (DayOfWeek d : DayOfWeek.values()) {
            Span name = new Span(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.addClassName("season-weekday");
            grid.add(name);
        }
        int blanks = shown.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < blanks; i++) {
            Div blank = new Div();
            blank.addClassName("season-day-blank");
            grid.add(blank);
        }
        for (int day = 1; day <= shown.lengthOfMonth(); day++) {
            LocalDate date = shown.atDay(day);
            Div cell = new Div();
            cell.addClassName("season-day");
            if (date.equals(today)) {
                cell.addClassName("season-today");
            }
            Span number = new Span(Integer.toString(day));
            number.addClassName("season-day-number");
            cell.add(number);
            entriesOn(date).forEach(e -> cell.add(chip(e)));
            grid.add(cell);
        }
        List<CalendarEntry> inMonth = entries.stream().filter(e -> YearMonth.from(e.day()).equals(shown)).toList();
        if (inMonth.isEmpty()) {
            list.add(new ListItem("Nothing on the season's calendar this month."));
        }
        inMonth.forEach(e -> {
            Span day = new Span(DAY.format(e.day()) + " · ");
            day.addClassName("muted");
            ListItem item = new ListItem(day, chip(e));
            list.add(item);
        });
    }

    private List<CalendarEntry> entriesOn(LocalDate date) {
        return entries.stream().filter(e -> e.day().equals(date)).toList();
    }

    private static Span chip(CalendarEntry e) {
        Span chip = new Span(e.text());
        chip.addClassNames(("season-chip " + e.kind()).split(" "));
        return chip;
    }
}
