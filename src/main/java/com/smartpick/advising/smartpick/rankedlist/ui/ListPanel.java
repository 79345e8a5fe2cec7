package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.HelpTerm;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.Tier;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.smartpick.rankedlist.Annotation;
import com.smartpick.advising.smartpick.rankedlist.EntryFilter;
import com.smartpick.advising.smartpick.rankedlist.ListAction;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A stored list: its figures, filters and entries. Staff see every entry (excluded ones marked) with annotations and
 * the actions the service offers them; a student sees the kept entries only, numbered as kept, without staff annotations.
 * A change to the list changes only the cards it concerns ({@link #update}), and the filters hide cards rather than
 * make them again: the browser renders a list of 150 cards once per page.
 */
class ListPanel extends Div {

    private final RankedListService service;
    private final AdvisingProperties properties;
    private final @Nullable Viewer staff;
    private final EntryCard.@Nullable EntryActions handler;
    private final Select<Tier> tier = new Select<>();
    private final Select<String> state = new Select<>();
    private final Select<VisaNeed> visa = new Select<>();
    private final Checkbox annotated = new Checkbox("Annotated only");
    private final Div entries = new Div();
    private final Span count = new Span();
    /** The card of each entry shown, by the entry's id. */
    private final Map<Long, EntryCard> cards = new HashMap<>();
    private RankedList list;
    /** What the summary shows: an exclusion or an inclusion changes the figures, an annotation or a move does not. */
    private Figures figures;
    private ResultSummary summary;

    /**
     * @param staff the staff member looking, or null for the student's own view
     * @param changed told of the list as a staff member's action on an entry left it (already shown here)
     */
    ListPanel(RankedListService service, AdvisingProperties properties, RankedList list, @Nullable Viewer staff,
            Consumer<RankedList> changed) {
        this.service = service;
        this.properties = properties;
        this.list = list;
        this.staff = staff;
        this.handler = staff == null ? null : new Handler(service, () -> this.list, done -> {
            update(done);
            changed.accept(done);
        });
        addClassName("list-panel");

        figures = Figures.of(list);
        summary = new ResultSummary(figures, properties);
        add(summary);
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
        state.setLabel("US state");
        state.setItems(list.entries().stream().map(ListEntry::state).distinct().sorted().toList());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("All US states");
        visa.setId("filter-visa");
        visa.setLabel("Visa");
        visa.setItems(VisaNeed.J1, VisaNeed.H1B);
        visa.setEmptySelectionAllowed(true);
        visa.setEmptySelectionCaption("Any");
        visa.setItemLabelGenerator(v -> v == null ? "Any" : "Sponsors " + v.displayName());
        annotated.setId("filter-annotated");
        tier.addValueChangeListener(change -> applyFilter());
        state.addValueChangeListener(change -> applyFilter());
        visa.addValueChangeListener(change -> applyFilter());
        annotated.addValueChangeListener(change -> applyFilter());
        Div filters = new Div(tier, state, visa);
        if (staff != null) {
            filters.add(annotated);
        }
        filters.addClassName("list-filters");
        if (staff != null) {
            Paragraph staffOnly = new Paragraph(new Span("Annotations and the reasons for excluding a program are "),
                    HelpTerm.STAFF_ONLY.link(properties, "staff only"), new Span(": the student never sees them."));
            staffOnly.setId("staff-only-note");
            staffOnly.addClassName("muted");
            add(staffOnly);
        }
        count.addClassName("muted");
        count.setId("entry-count");
        entries.setId("entries");
        entries.addClassName("entries");
        entries.add(count);
        add(filters, entries);
        update(list);
    }

    static String recordsNote(RecordedInputs inputs) {
        if (inputs.none()) {
            return "From records: none yet. Hands-on US clinical experience and observerships count once their experience "
                    + "records are verified, letters from US physicians once they are approved.";
        }
        return "From records: " + Format.count(inputs.handsOnUsceMonths(), "month") + " of hands-on USCE, "
                + Format.count(inputs.observershipMonths(), "month") + " of observerships, "
                + Format.count(inputs.usLetters(), "US letter") + ".";
    }

    EntryFilter filter() {
        return new EntryFilter(tier.getValue(), state.getValue(), visa.getValue(), annotated.getValue());
    }

    /**
     * Shows this state of the list: a card is made only for an entry whose own state changed (or that is new here),
     * moved to its place when the order changed and renumbered when its place did; the others stay as the browser has
     * them.
     */
    void update(RankedList changed) {
        list = changed;
        Figures now = Figures.of(changed);
        if (!now.equals(figures)) {
            ResultSummary made = new ResultSummary(now, properties);
            replace(summary, made);
            figures = now;
            summary = made;
        }
        EntryCard.Actions actions = staff == null || handler == null ? null
                : actions(staff, service.actionsOn(changed), handler);
        List<ListEntry> shown = shown();
        Set<Long> present = new HashSet<>();
        for (int i = 0; i < shown.size(); i++) {
            ListEntry entry = shown.get(i);
            present.add(entry.id());
            int place = actions == null ? i + 1 : entry.position();
            EntryCard card = cards.get(entry.id());
            if (card == null || !card.refresh(entry, place, changed.entries().size(), actions)) {
                EntryCard made = new EntryCard(entry, place, changed.entries().size(), actions);
                if (card != null) {
                    entries.remove(card);
                }
                cards.put(entry.id(), made);
                card = made;
            }
            // the count comes first
            if (entries.indexOf(card) != i + 1) {
                entries.addComponentAtIndex(i + 1, card);
            }
        }
        cards.entrySet().removeIf(gone -> {
            if (present.contains(gone.getKey())) {
                return false;
            }
            entries.remove(gone.getValue());
            return true;
        });
        applyFilter();
    }

    private static EntryCard.Actions actions(Viewer staff, Set<ListAction> offered, EntryCard.EntryActions handler) {
        return new EntryCard.Actions(staff.personId(), offered.contains(ListAction.ANNOTATE),
                offered.contains(ListAction.OVERRIDE), handler);
    }

    private List<ListEntry> shown() {
        return staff == null ? list.keptEntries() : list.entries();
    }

    private void applyFilter() {
        EntryFilter filter = filter();
        int matching = 0;
        for (EntryCard card : cards.values()) {
            boolean shown = filter.test(card.entry());
            card.setVisible(shown);
            matching += shown ? 1 : 0;
        }
        int all = cards.size();
        count.setText(matching == all ? Format.count(all, "program") : matching + " of " + Format.count(all, "program"));
    }

    /**
     * The staff actions on entries, on the list as it is now; each tells {@code changed} what the list became. An
     * annotation moves no version of the list, so the list is not read again for one.
     */
    private record Handler(RankedListService service, Supplier<RankedList> current, Consumer<RankedList> changed)
            implements EntryCard.EntryActions {

        @Override
        public void annotate(ListEntry entry) {
            RankedList list = current.get();
            EntryDialog.annotation(entry.programName(), null, (kind, text) -> {
                Annotation made = service.annotate(list.id(), entry.id(), kind, text);
                annotated(entry, concat(entry.annotations(), made));
            }, () -> Notifications.success("Annotation saved.")).open();
        }

        @Override
        public void editAnnotation(ListEntry entry, Annotation annotation) {
            EntryDialog.annotation(entry.programName(), annotation, (kind, text) -> {
                Annotation edited = service.editAnnotation(annotation.id(), annotation.version(), kind, text);
                annotated(entry, entry.annotations().stream().map(a -> a.id() == edited.id() ? edited : a).toList());
            }, () -> Notifications.success("Annotation saved.")).open();
        }

        @Override
        public void resolveConcern(ListEntry entry, Annotation concern) {
            StepDialog.confirm("Resolve your concern on " + entry.programName() + "?",
                    "\"" + concern.text() + "\" will show as resolved and no longer holds back the approval of this "
                            + "version. To raise it again, edit it.",
                    "Resolve", () -> service.resolveConcern(concern.id(), concern.version()), resolved -> {
                        annotated(entry, entry.annotations().stream().map(a -> a.id() == resolved.id() ? resolved : a).toList());
                        Notifications.success("Concern resolved.");
                    }).open();
        }

        @Override
        public void pin(ListEntry entry, boolean pinned) {
            RankedList list = current.get();
            attempt(() -> service.pin(list.id(), list.version(), entry.id(), pinned),
                    entry.programName() + (pinned ? " pinned." : " unpinned."));
        }

        @Override
        public void exclude(ListEntry entry) {
            RankedList list = current.get();
            EntryDialog.exclusion(entry.programName(),
                    reason -> changed.accept(service.exclude(list.id(), list.version(), entry.id(), reason)),
                    () -> Notifications.undoable(entry.programName() + " excluded.", () -> include(entry))).open();
        }

        @Override
        public void include(ListEntry entry) {
            RankedList list = current.get();
            attempt(() -> service.include(list.id(), list.version(), entry.id()), entry.programName() + " included again.");
        }

        @Override
        public void move(ListEntry entry, int toPosition) {
            RankedList list = current.get();
            attempt(() -> service.move(list.id(), list.version(), entry.id(), toPosition),
                    entry.programName() + " moved to #" + toPosition + ".");
        }

        /** The annotations are the latest of this entry only: the entry as the list holds it now gets them. */
        private void annotated(ListEntry entry, List<Annotation> annotations) {
            RankedList list = current.get();
            list.entries().stream().filter(e -> e.id() == entry.id()).findFirst()
                    .ifPresent(now -> changed.accept(list.withEntry(now.withAnnotations(annotations))));
        }

        private static List<Annotation> concat(List<Annotation> annotations, Annotation added) {
            List<Annotation> all = new ArrayList<>(annotations);
            all.add(added);
            return all;
        }

        private void attempt(Supplier<RankedList> action, String done) {
            UserActions.result(action).ifPresent(result -> {
                changed.accept(result);
                Notifications.success(done);
            });
        }
    }
}
