package com.smartpick.advising.experience.ui;

import com.smartpick.advising.base.ui.RowOpening;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceSummary;
import com.smartpick.advising.experience.Setting;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A student's records and what the verified ones add up to; a click opens a record. Shown to the student on "My
 * experience" and to staff on the student's page.
 */
public class ExperienceList extends VerticalLayout {

    public ExperienceList(List<ExperienceRecord> records, ExperienceSummary summary) {
        setPadding(false);
        addClassName("experience-list");
        Grid<ExperienceRecord> grid = new Grid<>();
        grid.setId("experience-grid");
        // the columns a student needs to tell records apart come first, and long names wrap: every column fits a wide
        // screen, and on a phone the first ones are what shows before the grid scrolls sideways
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.details().type().label() + (r.details().handsOn() ? ", hands-on" : ", observation"))
                .setHeader("Type").setWidth("10em").setFlexGrow(1);
        grid.addComponentColumn(r -> Labels.status(r.status())).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.details().institution()).setHeader("Institution").setWidth("11em").setFlexGrow(2);
        grid.addColumn(r -> r.details().period()).setHeader("When").setWidth("10em").setFlexGrow(1);
        grid.addColumn(r -> Labels.place(r.details())).setHeader("Where").setWidth("9em").setFlexGrow(1);
        grid.addColumn(r -> Labels.specialty(r.details().specialty())).setHeader("Specialty").setWidth("8em").setFlexGrow(1);
        grid.setItems(records);
        grid.setEmptyStateText("No experience records yet.");
        RowOpening.onClickOrEnter(grid, record -> UI.getCurrent().navigate(ExperienceRecordView.class,
                ExperienceRecordView.of(record.id())));
        grid.setAllRowsVisible(true);
        add(figures(summary), grid);
    }

    private static Div figures(ExperienceSummary s) {
        Div figures = new Div(figure(s.handsOnUsceMonths() + "", "hands-on US clinical months"),
                figure(s.observershipUsceMonths() + "", "observership US months"),
                figure(s.alignmentPercent() + " %", "of clinical records in the preferred specialties"),
                figure(s.settings().size() + "", s.settings().isEmpty() ? "settings"
                        : s.settings().stream().map(Setting::label).sorted().collect(Collectors.joining(", "))));
        figures.addClassName("experience-figures");
        figures.setId("experience-figures");
        Paragraph explain = new Paragraph("From verified records only; overlapping periods count once.");
        explain.addClassName("muted");
        figures.add(explain);
        return figures;
    }

    private static Div figure(String value, String label) {
        Span number = new Span(value);
        number.addClassName("figure-value");
        Span text = new Span(label);
        text.addClassName("muted");
        Div figure = new Div(number, text);
        figure.addClassName("figure");
        return figure;
    }
}
