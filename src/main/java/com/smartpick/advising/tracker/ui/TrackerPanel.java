package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.Outcome;
import com.smartpick.advising.tracker.TrackedProgram;
import com.smartpick.advising.tracker.Tracker;
import com.smartpick.advising.tracker.TrackerChange;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePickerVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A student's tracker for one season: every program of her published list in one grid. Edits in the cells wait until
 * "Save"; "Mark applied" and "Mark invited" set the date on every selected row (select all with the header's box) and
 * save them with the other waiting edits in one call, so 80 programs take one round trip and one transaction, and one
 * broken rule refuses them all.
 */
public class TrackerPanel extends VerticalLayout {

    private static final String NO_OUTCOME = "—";

    private final ApplicationTrackerService service;
    private final Grid<TrackedProgram> grid = new Grid<>();
    private final Map<String, TrackerChange> pending = new LinkedHashMap<>();
    private final Div figures = new Div();
    private final Button save = new Button("Save");
    private final DatePicker day = new DatePicker("Date");
    private final Map<String, ErrorLine> errors = new LinkedHashMap<>();
    private Tracker tracker;

    public TrackerPanel(ApplicationTrackerService service, Tracker tracker) {
        this.service = service;
        this.tracker = tracker;
        addClassName("tracker-panel");
        setPadding(false);
        setWidthFull();
        figures.setId("tracker-figures");
        figures.addClassName("tracker-figures");

        Div errorBox = new Div();
        errorBox.setId("tracker-errors");
        for (String field : List.of("program", "applied", "invited", "declined", "attended", "rank", "outcome")) {
            ErrorLine line = new ErrorLine();
            errors.put(field, line);
            errorBox.add(line);
        }

        grid.setId("tracker-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(tracker.editable() ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        // every column fits 1,400 px without scrolling sideways. Widths in rem: an em is the header's smaller font in
        // the header and the body's in the body, so em columns came out wider under their headers than above them
        grid.addColumn(TrackedProgram::listPosition).setHeader("#").setWidth("3rem").setFlexGrow(0);
        grid.addColumn(TrackedProgram::programName).setHeader("Program").setWidth("9rem").setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(p -> percent(p.predictedInterview())).setHeader("Interview chance")
                .setTooltipGenerator(p -> "SmartPick's chance of an interview here, as the published list gave it")
                .setWidth("5.5rem").setFlexGrow(0);
        dateColumn("Applied", TrackerChange::appliedOn, TrackerChange::withApplied);
        dateColumn("Invited", TrackerChange::invitedOn, TrackerChange::withInvited);
        dateColumn("Declined", TrackerChange::declinedOn, TrackerChange::withDeclined);
        dateColumn("Attended", TrackerChange::attendedOn, TrackerChange::withAttended);
        grid.addComponentColumn(this::rankField).setHeader("Rank").setWidth("5rem").setFlexGrow(0);
        grid.addComponentColumn(this::outcomeField).setHeader("Outcome").setWidth("9.5rem").setFlexGrow(0);
        grid.addClassName("fills-screen");

        add(figures);
        if (tracker.editable()) {
            add(bulkBar(), errorBox);
        } else {
            Paragraph readOnly = new Paragraph(tracker.list() == null
                    ? "No SmartPick list is published yet: once the advisor publishes one, its programs appear here."
                    : "An earlier season, kept as it was recorded: it can be read, not changed.");
            readOnly.setId("tracker-read-only");
            add(readOnly);
        }
        add(grid);
        show(tracker);
    }

    private HorizontalLayout bulkBar() {
        day.setId("tracker-day");
        day.setValue(LocalDate.now());
        day.setMax(LocalDate.now());
        Button applied = new Button("Mark applied", e -> markSelected(TrackerChange::withApplied));
        applied.setId("tracker-mark-applied");
        Button invited = new Button("Mark invited", e -> markSelected(TrackerChange::withInvited));
        invited.setId("tracker-mark-invited");
        save.setId("tracker-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveAll());
        Button discard = new Button("Discard changes", e -> {
            pending.clear();
            show(tracker);
        });
        discard.setId("tracker-discard");
        HorizontalLayout bar = new HorizontalLayout(day, applied, invited, save, discard);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.addClassName("tracker-bulk");
        return bar;
    }

    /** The selected rows get the day, added to the edits already waiting, and everything is saved at once. */
    private void markSelected(BiFunction<TrackerChange, LocalDate, TrackerChange> mark) {
        if (grid.getSelectedItems().isEmpty()) {
            Notifications.error("Select the programs first (the box in the header selects all).");
            return;
        }
        LocalDate value = day.getValue();
        if (value == null) {
            day.setErrorMessage("Choose the date.");
            day.setInvalid(true);
            return;
        }
        day.setInvalid(false);
        Map<String, TrackerChange> before = new LinkedHashMap<>(pending);
        grid.getSelectedItems().forEach(p -> pending.put(p.programId(), mark.apply(current(p), value)));
        if (!saveAll()) {
            pending.clear();
            pending.putAll(before);
        }
    }

    private boolean saveAll() {
        if (pending.isEmpty()) {
            Notifications.error("Nothing changed yet.");
            return false;
        }
        List<TrackerChange> changes = new ArrayList<>(pending.values());
        long studentId = tracker.studentId();
        return UserActions.result(() -> service.save(studentId, changes), errors).map(saved -> {
            pending.clear();
            grid.deselectAll();
            show(saved);
            Notifications.success(changes.size() + " program" + (changes.size() == 1 ? "" : "s") + " saved.");
            return true;
        }).orElse(false);
    }

    private void show(Tracker shown) {
        tracker = shown;
        grid.setItems(shown.programs());
        figures.removeAll();
        Tracker.ListSnapshot list = shown.list();
        if (list != null) {
            figures.add(figure("SmartPick list", list.label()),
                    figure("Chance of matching (SmartPick)", percent(list.matchChance())),
                    figure("Interviews expected from the whole list", oneDecimal(list.expectedInterviews())),
                    figure("Applied", shown.applied() + " of " + shown.programs().size()),
                    figure("Invitations so far", shown.invited() + " (about " + oneDecimal(shown.expectedFromApplied())
                            + " expected from the applications)"),
                    figure("Outcome", shown.seasonOutcome()));
        }
        save.setText("Save");
        errors.values().forEach(line -> line.setInvalid(false));
    }

    static Div figure(String label, String value) {
        Div figure = new Div(new Span(label), new Span(value));
        figure.addClassName("tracker-figure");
        return figure;
    }

    private TrackerChange current(TrackedProgram p) {
        return pending.getOrDefault(p.programId(), p.unchanged());
    }

    private void edited(TrackedProgram p, TrackerChange change) {
        pending.put(p.programId(), change);
        save.setText("Save (" + pending.size() + ")");
    }

    private void dateColumn(String header, Function<TrackerChange, @Nullable LocalDate> get,
            BiFunction<TrackerChange, @Nullable LocalDate, TrackerChange> set) {
        grid.addComponentColumn(p -> {
            DatePicker picker = new DatePicker(get.apply(current(p)));
            picker.setAriaLabel(header + ": " + p.programName());
            picker.setReadOnly(!tracker.editable());
            picker.setWidthFull();
            picker.addThemeVariants(DatePickerVariant.LUMO_SMALL);
            picker.setMax(LocalDate.now());
            picker.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    edited(p, set.apply(current(p), e.getValue()));
                }
            });
            return picker;
        }).setHeader(header).setWidth("8.5rem").setFlexGrow(0);
    }

    private IntegerField rankField(TrackedProgram p) {
        IntegerField rank = new IntegerField();
        rank.setValue(current(p).rankPosition());
        rank.setAriaLabel("Rank: " + p.programName());
        rank.setReadOnly(!tracker.editable());
        rank.setMin(1);
        rank.setWidthFull();
        rank.addThemeVariants(TextFieldVariant.LUMO_SMALL);
        listen(rank, p, (change, value) -> change.withRank(value));
        return rank;
    }

    private Select<String> outcomeField(TrackedProgram p) {
        Select<String> outcome = new Select<>();
        List<String> choices = new ArrayList<>(List.of(NO_OUTCOME));
        for (Outcome o : Outcome.values()) {
            choices.add(o.label());
        }
        outcome.setItems(choices);
        Outcome now = current(p).outcome();
        outcome.setValue(now == null ? NO_OUTCOME : now.label());
        outcome.setAriaLabel("Outcome: " + p.programName());
        outcome.setReadOnly(!tracker.editable());
        outcome.setWidthFull();
        outcome.addThemeVariants(SelectVariant.LUMO_SMALL);
        listen(outcome, p, (change, value) -> change.withOutcome(outcomeOf(value)));
        return outcome;
    }

    private <V> void listen(AbstractField<?, V> field, TrackedProgram p, BiFunction<TrackerChange, V, TrackerChange> set) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edited(p, set.apply(current(p), e.getValue()));
            }
        });
    }

    private static @Nullable Outcome outcomeOf(@Nullable String label) {
        for (Outcome o : Outcome.values()) {
            if (o.label().equals(label)) {
                return o;
            }
        }
        return null;
    }

    static String percent(double chance) {
        return String.format(Locale.ROOT, "%.0f%%", chance * 100);
    }

    static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A rule the save broke, shown above the grid under its field's name, as a form shows it under the field. */
    private static final class ErrorLine extends Span implements HasValidation {

        private String message = "";

        ErrorLine() {
            addClassName("tracker-error");
            setVisible(false);
        }

        @Override
        public void setErrorMessage(@Nullable String errorMessage) {
            message = errorMessage == null ? "" : errorMessage;
            setText(message);
        }

        @Override
        public String getErrorMessage() {
            return message;
        }

        @Override
        public void setInvalid(boolean invalid) {
            setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return isVisible();
        }
    }
}
