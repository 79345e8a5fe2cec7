package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Tier;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.smartpick.rankedlist.Annotation;
import com.smartpick.advising.smartpick.rankedlist.EntryFilter;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.smartpick.advising.smartpick.rankedlist.ListStatus;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A stored list: its figures, filters and entries. Staff see every entry (excluded ones marked) with annotations and
 * the actions their role allows; a student sees the kept entries only, numbered as kept, without staff annotations.
 */
class ListPanel extends Div {

    private final RankedList list;
    private final EntryCard.@Nullable Actions actions;
    private final Select<Tier> tier = new Select<>();
    private final Select<String> state = new Select<>();
    private final Select<VisaNeed> visa = new Select<>();
    private final Checkbox annotated = new Checkbox("Annotated only");
    private final Div entries = new Div();

    /**
     * @param staff the staff member looking, or null for the student's own view
     * @param reload shows the list with this id again, after a change
     */
    ListPanel(RankedListService service, RankedList list, @Nullable Viewer staff, LongConsumer reload) {
        this.list = list;
        addClassName("list-panel");
        this.actions = staff == null ? null : new EntryCard.Actions(staff.personId(),
                list.status() != ListStatus.SUPERSEDED,
                staff.hasAny(Role.ADVISOR, Role.ADMIN) && list.status().takesOverrides(),
                new Handler(service, list, () -> reload.accept(list.id())));

        add(new ResultSummary(Figures.of(list)));
        Paragraph records = new Paragraph(recordsNote(list.inputs()));
        records.addClassName("muted");
        records.setId("records-note");
        add(records);

        tier.setId("filter-tier");
        tier.setLabel("Tier");
        tier.setItems(Tier.values());
        tier.setEmptySelectionAllowed(true);
        tier.setEmptySelectionCaption("All tiers");
        tier.setItemLabelGenerator(t -> t == null ? "All tiers" : t.name().charAt(0) + t.name().substring(1).toLowerCase(Locale.ROOT));
        state.setId("filter-state");
        state.setLabel("State");
        state.setItems(list.entries().stream().map(ListEntry::state).distinct().sorted().toList());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All states");
        visa.setId("filter-visa");
        visa.setLabel("Visa");
        visa.setItems(VisaNeed.J1, VisaNeed.H1B);
        visa.setEmptySelectionAllowed(true);
        visa.setEmptySelectionCaption("Any");
        visa.setItemLabelGenerator(v -> v == null ? "Any" : "Sponsors " + v.displayName());
        annotated.setId("filter-annotated");
        tier.addValueChangeListener(change -> showEntries());
        state.addValueChangeListener(change -> showEntries());
        visa.addValueChangeListener(change -> showEntries());
        annotated.addValueChangeListener(change -> showEntries());
        Div filters = new Div(tier, state, visa);
        if (staff != null) {
            filters.add(annotated);
        }
        filters.addClassName("list-filters");
        entries.setId("entries");
        entries.addClassName("entries");
        add(filters, entries);
        showEntries();
    }

    static String recordsNote(RecordedInputs inputs) {
        if (inputs.none()) {
            return "From records: none yet. Hands-on US clinical experience and observerships count once their experience "
                    + "records are verified, letters from US physicians once they are approved.";
        }
        return "From records: " + count(inputs.handsOnUsceMonths(), "month") + " of hands-on USCE, "
                + count(inputs.observershipMonths(), "month") + " of observerships, " + count(inputs.usLetters(), "US letter") + ".";
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    EntryFilter filter() {
        return new EntryFilter(tier.getValue(), state.getValue(), visa.getValue(), annotated.getValue());
    }

    private void showEntries() {
        entries.removeAll();
        List<ListEntry> shown = actions == null ? list.keptEntries() : list.entries();
        EntryFilter filter = filter();
        int matching = 0;
        for (int i = 0; i < shown.size(); i++) {
            ListEntry entry = shown.get(i);
            if (filter.test(entry)) {
                entries.add(new EntryCard(entry, actions == null ? i + 1 : entry.position(), list.entries().size(), actions));
                matching++;
            }
        }
        Span count = new Span(matching == shown.size() ? shown.size() + " programs" : matching + " of " + shown.size() + " programs");
        count.addClassName("muted");
        count.setId("entry-count");
        entries.addComponentAsFirst(count);
    }

    /** The staff actions on entries, each followed by showing the list again. */
    private record Handler(RankedListService service, RankedList list, Runnable reload) implements EntryCard.EntryActions {

        @Override
        public void annotate(ListEntry entry) {
            EntryDialog.annotation(entry.programName(), null,
                    (kind, text) -> service.annotate(list.id(), entry.id(), kind, text), saved("Annotation saved.")).open();
        }

        @Override
        public void editAnnotation(ListEntry entry, Annotation annotation) {
            EntryDialog.annotation(entry.programName(), annotation,
                    (kind, text) -> service.editAnnotation(annotation.id(), annotation.version(), kind, text),
                    saved("Annotation saved.")).open();
        }

        @Override
        public void pin(ListEntry entry, boolean pinned) {
            attempt(() -> service.pin(list.id(), list.version(), entry.id(), pinned),
                    entry.programName() + (pinned ? " pinned." : " unpinned."));
        }

        @Override
        public void exclude(ListEntry entry) {
            EntryDialog.exclusion(entry.programName(),
                    reason -> service.exclude(list.id(), list.version(), entry.id(), reason),
                    saved(entry.programName() + " excluded.")).open();
        }

        @Override
        public void include(ListEntry entry) {
            attempt(() -> service.include(list.id(), list.version(), entry.id()), entry.programName() + " included again.");
        }

        @Override
        public void move(ListEntry entry, int toPosition) {
            attempt(() -> service.move(list.id(), list.version(), entry.id(), toPosition),
                    entry.programName() + " moved to #" + toPosition + ".");
        }

        private void attempt(Runnable action, String done) {
            if (UserActions.attempt(action)) {
                saved(done).run();
            }
        }

        private Runnable saved(String message) {
            return () -> {
                Notifications.success(message);
                reload.run();
            };
        }
    }
}
