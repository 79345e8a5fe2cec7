package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.rankedlist.Annotation;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One program of a list: its place, tier, chance as a bar, explanation, and for staff its annotations and actions.
 * A list shows 150 of them, so a card costs the browser little: the explanation's lines are made when it is first
 * opened, and a change elsewhere in the list moves a card or renumbers it ({@link #refresh}) instead of making it again.
 */
class EntryCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** What a staff member may do to the entries of this list. */
    record Actions(long viewerId, boolean annotate, boolean override, EntryActions handler) {
    }

    interface EntryActions {
        void annotate(ListEntry entry);

        void editAnnotation(ListEntry entry, Annotation annotation);

        void resolveConcern(ListEntry entry, Annotation concern);

        void pin(ListEntry entry, boolean pinned);

        void exclude(ListEntry entry);

        void include(ListEntry entry);

        void move(ListEntry entry, int toPosition);
    }

    /** What the card shows; the buttons act on it as it is when clicked, since a move changes its position. */
    private ListEntry entry;
    private final @Nullable Actions actions;
    private final Span number = new Span();
    /** Pin, exclude or include, up and down: hidden, not removed, when the list stops taking overrides. */
    private final @Nullable Div overrides;
    private final @Nullable Button up;
    private final @Nullable Button down;

    /**
     * @param place the number the viewer sees (for a student the place among kept entries)
     * @param actions null for a student: no annotations, no actions
     */
    EntryCard(ListEntry entry, int place, int entryCount, @Nullable Actions actions) {
        this.entry = entry;
        this.actions = actions;
        addClassName("entry-card");
        if (entry.excluded()) {
            addClassName("excluded");
        }
        number.addClassName("entry-place");
        Span name = new Span(entry.programName());
        name.addClassName("entry-name");
        Span tier = new Span(entry.tier().name().charAt(0) + entry.tier().name().substring(1).toLowerCase(Locale.ROOT));
        tier.addClassNames("tier-badge", "tier-" + entry.tier().name().toLowerCase(Locale.ROOT));
        Div head = new Div(number, name, tier);
        head.addClassName("entry-head");
        if (entry.pinned()) {
            head.add(badge("Pinned", "pinned-badge"));
        }
        if (entry.excluded()) {
            head.add(badge("Excluded: " + entry.excludeReason(), "excluded-badge"));
        }

        Span where = new Span(entry.institution() + " · " + entry.city() + ", " + entry.state() + " · visa: "
                + visas(entry) + " · $" + entry.cost() + (entry.signal() == null ? "" : " · " + signal(entry.signal())));
        where.addClassName("muted");

        Div fill = new Div();
        fill.addClassNames("chance-fill", "tier-" + entry.tier().name().toLowerCase(Locale.ROOT));
        fill.getStyle().setWidth(String.format(Locale.ROOT, "%.1f%%", entry.probability() * 100));
        Div bar = new Div(fill);
        bar.addClassName("chance-bar");
        Span chance = new Span(Format.percent(entry.probability()) + " chance of an interview");
        chance.addClassName("chance-label");
        Div chanceRow = new Div(bar, chance);
        chanceRow.addClassName("chance-row");

        Paragraph summary = new Paragraph(entry.summary());
        summary.addClassName("entry-summary");
        add(head, where, chanceRow, summary, why(entry));

        if (actions == null) {
            overrides = null;
            up = null;
            down = null;
            place(place, entryCount);
            return;
        }
        if (!entry.annotations().isEmpty()) {
            Div notes = new Div();
            notes.addClassName("annotations");
            entry.annotations().forEach(a -> notes.add(annotation(entry, a, actions)));
            add(notes);
        }
        Div buttons = new Div();
        buttons.addClassName("entry-actions");
        if (actions.annotate()) {
            buttons.add(button("Annotate", VaadinIcon.COMMENT_O, "annotate-button", () -> actions.handler().annotate(this.entry)));
        }
        if (actions.override()) {
            up = button("Up", VaadinIcon.ARROW_UP, "up-button",
                    () -> actions.handler().move(this.entry, this.entry.position() - 1));
            down = button("Down", VaadinIcon.ARROW_DOWN, "down-button",
                    () -> actions.handler().move(this.entry, this.entry.position() + 1));
            overrides = new Div(entry.pinned()
                    ? button("Unpin", VaadinIcon.PIN, "pin-button", () -> actions.handler().pin(this.entry, false))
                    : button("Pin", VaadinIcon.PIN, "pin-button", () -> actions.handler().pin(this.entry, true)),
                    entry.excluded()
                    ? button("Include", VaadinIcon.PLUS_CIRCLE_O, "include-button", () -> actions.handler().include(this.entry))
                    : button("Exclude…", VaadinIcon.BAN, "exclude-button", () -> actions.handler().exclude(this.entry)),
                    up, down);
            overrides.addClassName("entry-overrides");
            buttons.add(overrides);
        } else {
            overrides = null;
            up = null;
            down = null;
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
        place(place, entryCount);
    }

    /**
     * Shows a newer state of the same entry where only its place or the list's overrides changed, and says so; false
     * when anything else changed (its pin, exclusion, annotations, who may annotate), and the card must be made again.
     */
    boolean refresh(ListEntry changed, int place, int entryCount, @Nullable Actions now) {
        boolean sameActions = actions == null ? now == null : now != null && now.annotate() == actions.annotate()
                && (overrides != null || !now.override());
        if (!sameActions || !changed.equals(entry.atPosition(changed.position()))) {
            return false;
        }
        entry = changed;
        place(place, entryCount);
        if (overrides != null && now != null) {
            overrides.setVisible(now.override());
        }
        return true;
    }

    ListEntry entry() {
        return entry;
    }

    private void place(int place, int entryCount) {
        number.setText("#" + place);
        setId("entry-" + place);
        if (up != null && down != null) {
            up.setEnabled(entry.position() > 1);
            down.setEnabled(entry.position() < entryCount);
        }
    }

    /** The explanation's lines are made when a person first opens it: most are never opened. */
    private static NativeDetails why(ListEntry entry) {
        UnorderedList lines = new UnorderedList();
        NativeDetails why = new NativeDetails("Why this chance", lines);
        why.addClassName("entry-why");
        why.addToggleListener(toggle -> {
            if (toggle.isOpened() && lines.getComponentCount() == 0) {
                entry.explanation().forEach(line -> lines.add(new ListItem(line)));
            }
        });
        return why;
    }

    private static Div annotation(ListEntry entry, Annotation a, Actions actions) {
        boolean resolved = a.resolvedAt() != null;
        Span kind = badge(resolved ? a.kind().label() + " (resolved)" : a.kind().label(),
                "annotation-" + a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (resolved) {
            kind.addClassName("annotation-resolved");
        }
        Span text = new Span(a.text());
        text.addClassName("annotation-text");
        Span by = new Span(a.authorName() + ", " + WHEN.format(a.updatedAt()));
        by.addClassName("muted");
        Div row = new Div(kind, text, by);
        row.addClassName("annotation");
        if (a.authorId() == actions.viewerId() && actions.annotate()) {
            Button edit = button("Edit", VaadinIcon.EDIT, "edit-annotation", () -> actions.handler().editAnnotation(entry, a));
            row.add(edit);
            if (a.openConcern()) {
                row.add(button("Resolve…", VaadinIcon.CHECK, "resolve-concern", () -> actions.handler().resolveConcern(entry, a)));
            }
        }
        return row;
    }

    private static Span badge(String text, String cssClass) {
        Span badge = new Span(text);
        badge.addClassNames("badge", cssClass);
        return badge;
    }

    private static Button button(String text, VaadinIcon icon, String cssClass, Runnable action) {
        Button button = new Button(text, icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(cssClass);
        return button;
    }

    private static String visas(ListEntry entry) {
        if (entry.sponsorsJ1() && entry.sponsorsH1b()) {
            return "J-1, H-1B";
        }
        return entry.sponsorsJ1() ? "J-1" : entry.sponsorsH1b() ? "H-1B" : "none";
    }

    private static String signal(SignalTier tier) {
        return tier == SignalTier.PRIMARY ? "signal placed" : "secondary signal placed";
    }
}
