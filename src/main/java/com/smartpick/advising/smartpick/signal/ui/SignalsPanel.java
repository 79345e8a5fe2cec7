package com.smartpick.advising.smartpick.signal.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.signal.PlacedSignal;
import com.smartpick.advising.smartpick.signal.SignalBoard;
import com.smartpick.advising.smartpick.signal.SignalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The signals a student placed this season in one specialty: what the season allows, what is placed, and for the
 * student and her advisors a way to place and remove them. The next SmartPick run counts them.
 */
public class SignalsPanel extends Div {

    private final SignalService signals;
    private final long studentId;
    private final Specialty specialty;
    private final Runnable onChange;
    private final ComboBox<Program> program = new ComboBox<>("Program");
    private final Select<SignalTier> tier = new Select<>();

    /** @param onChange told after a signal is placed or removed, e.g. to run the preview again */
    public SignalsPanel(SignalService signals, long studentId, Specialty specialty, Runnable onChange) {
        this.signals = signals;
        this.studentId = studentId;
        this.specialty = specialty;
        this.onChange = onChange;
        addClassName("signals-panel");
        setId("signals-panel");
        show(signals.board(studentId, specialty));
    }

    private void show(SignalBoard board) {
        removeAll();
        add(new H2("Signals placed · " + board.matchYear() + " Match"));
        String placed = board.allowance().secondary() == 0 ? String.valueOf(board.placed(SignalTier.PRIMARY))
                : board.placed(SignalTier.PRIMARY) + " gold, " + board.placed(SignalTier.SECONDARY) + " silver";
        Paragraph about = new Paragraph(specialty.displayName() + " allows " + board.allowance().describe()
                + " this season; placed: " + placed + ". The next SmartPick run counts them, and a signaled program "
                + "always stays on the list.");
        about.setId("signals-about");
        add(about);
        UnorderedList list = new UnorderedList();
        list.setId("signals-placed");
        for (PlacedSignal signal : board.placed()) {
            Span what = new Span(capitalized(board.allowance().nameOf(signal.tier())) + " · " + signal.programName());
            ListItem item = new ListItem(what);
            if (board.canChange()) {
                Button remove = new Button("Remove", e -> {
                    if (UserActions.attempt(() -> show(signals.remove(studentId, specialty, signal.id())))) {
                        onChange.run();
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.getElement().setAttribute("aria-label", "Remove the signal on " + signal.programName());
                item.add(remove);
            }
            list.add(item);
        }
        if (board.placed().isEmpty()) {
            list.add(new ListItem("No signal recorded yet."));
        }
        add(list);
        if (board.canChange()) {
            add(form(board));
        }
    }

    private Div form(SignalBoard board) {
        program.setId("signal-program");
        program.setItems(signals.programsOf(specialty));
        program.setItemLabelGenerator(p -> p.name() + " · " + p.city() + ", " + p.state());
        program.setClearButtonVisible(true);
        program.setWidth("min(32rem, 100%)");
        tier.setId("signal-tier");
        tier.setLabel("Kind");
        List<SignalTier> kinds = Arrays.stream(SignalTier.values()).filter(t -> board.allowance().allowed(t) > 0).toList();
        tier.setItems(kinds);
        tier.setItemLabelGenerator(t -> capitalized(board.allowance().nameOf(t)) + " (" + board.left(t) + " left)");
        kinds.stream().filter(t -> board.left(t) > 0).findFirst().ifPresent(tier::setValue);
        Button place = new Button("Place signal", e -> {
            Program chosen = program.getValue();
            SignalTier kind = tier.getValue();
            if (chosen == null || kind == null) {
                program.setErrorMessage("Choose the program and the kind of signal.");
                program.setInvalid(chosen == null);
                tier.setInvalid(kind == null);
                return;
            }
            UserActions.result(() -> signals.place(studentId, specialty, chosen.id(), kind),
                    Map.of("program", program, "tier", tier)).ifPresent(after -> {
                program.clear();
                show(after);
                onChange.run();
            });
        });
        place.setId("place-signal");
        place.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(program, tier, place);
        form.addClassName("signal-form");
        return form;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
