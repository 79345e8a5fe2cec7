package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.letter.ApprovedLetter;
import com.smartpick.advising.letter.ErasLetterRule;
import com.smartpick.advising.letter.LetterPlacement;
import com.smartpick.advising.letter.LetterPlan;
import com.smartpick.advising.letter.LetterProgramService;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.Tier;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which of my approved letters go to each program of my published list, at most four per program as ERAS allows:
 * chosen once for many programs (all, a tier, a state) with a preview of what changes, or program by program. A
 * choice over the limit is refused beside it and the previous choice stays.
 */
class LetterPlaces extends VerticalLayout {

    /** Programs of the list chosen together: all of them, those of one tier, or those of one state. */
    record ProgramGroup(String label, List<String> programIds) {
    }

    private final LetterProgramService letterPrograms;
    private final List<ApprovedLetter> approved;
    private final Map<String, MultiSelectComboBox<ApprovedLetter>> perProgram = new LinkedHashMap<>();
    private final Map<String, String> programNames = new LinkedHashMap<>();
    /** While a picker shows what is stored (a refused choice undone, letters placed on many programs): nothing to save. */
    private boolean showingStored;

    LetterPlaces(LetterProgramService letterPrograms, List<ListEntry> entries) {
        this.letterPrograms = letterPrograms;
        setPadding(false);
        setId("letter-places");
        add(new H3("Letters per program"));
        approved = letterPrograms.myApprovedLetters();
        if (approved.isEmpty()) {
            Paragraph none = new Paragraph("Once a letter of recommendation is approved, you choose here which programs it goes to.");
            none.setId("no-approved-letters");
            add(none);
            return;
        }
        add(new Paragraph("ERAS sends at most " + ErasLetterRule.MAX_LETTERS_PER_PROGRAM
                + " letters to a program. Choose letters once for many programs, or each program's below."));
        entries.forEach(entry -> programNames.put(entry.programId(), entry.programName()));
        add(many(groups(entries)));
        add(new H4("Program by program"));
        Map<String, List<Long>> chosen = letterPrograms.myLettersByProgram();
        for (ListEntry entry : entries) {
            Span program = new Span(entry.programName());
            program.addClassName("letter-place-program");
            MultiSelectComboBox<ApprovedLetter> letters = letterChoice(entry);
            show(letters, Set.copyOf(chosen.getOrDefault(entry.programId(), List.of())));
            perProgram.put(entry.programId(), letters);
            Div row = new Div(program, letters);
            row.addClassName("letter-place");
            add(row);
        }
    }

    /** Every program, then each tier and each state the list has, each with its programs in list order. */
    static List<ProgramGroup> groups(List<ListEntry> entries) {
        List<ProgramGroup> groups = new ArrayList<>();
        groups.add(new ProgramGroup("All programs on my list", entries.stream().map(ListEntry::programId).toList()));
        for (Tier tier : Tier.values()) {
            List<String> ids = entries.stream().filter(e -> e.tier() == tier).map(ListEntry::programId).toList();
            if (!ids.isEmpty()) {
                groups.add(new ProgramGroup(tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT)
                        + " programs", ids));
            }
        }
        entries.stream().map(ListEntry::state).collect(Collectors.toCollection(TreeSet::new)).forEach(state ->
                groups.add(new ProgramGroup("Programs in " + state, entries.stream()
                        .filter(e -> e.state().equals(state)).map(ListEntry::programId).toList())));
        return groups;
    }

    private VerticalLayout many(List<ProgramGroup> groups) {
        MultiSelectComboBox<ApprovedLetter> letters = new MultiSelectComboBox<>("Letters");
        letters.setId("many-letters");
        letters.setItems(approved);
        letters.setItemLabelGenerator(ApprovedLetter::label);
        letters.setManualValidation(true);
        Select<ProgramGroup> programs = new Select<>();
        programs.setLabel("Programs");
        programs.setId("many-programs");
        programs.setItems(groups);
        programs.setItemLabelGenerator(g -> g.label() + " (" + Format.count(g.programIds().size(), "program") + ")");
        programs.setValue(groups.getFirst());
        RadioButtonGroup<LetterPlacement> how = new RadioButtonGroup<>("What to do");
        how.setId("many-placement");
        how.setItems(LetterPlacement.values());
        how.setItemLabelGenerator(LetterPlacement::label);
        how.setValue(LetterPlacement.ADD);
        Paragraph preview = new Paragraph();
        preview.setId("many-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        Button apply = new Button("Apply");
        apply.setId("many-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // while Apply is disabled, the preview beside it says why
        apply.getElement().setAttribute("aria-describedby", "many-preview");

        Runnable plan = () -> {
            letters.setInvalid(false);
            LetterPlan outcome = letterPrograms.planLetters(programs.getValue().programIds(), ids(letters.getValue()),
                    how.getValue());
            preview.setText(letters.getValue().isEmpty() && how.getValue() != LetterPlacement.REPLACE
                    ? "Choose letters to see how many programs they change." : previewText(outcome));
            apply.setEnabled(outcome.changing() > 0 && outcome.overLimit().isEmpty());
            apply.setText(outcome.changing() > 0
                    ? "Apply to " + Format.count(outcome.changing(), "program") : "Apply");
        };
        letters.addValueChangeListener(change -> plan.run());
        programs.addValueChangeListener(change -> plan.run());
        how.addValueChangeListener(change -> plan.run());
        apply.addClickListener(click -> {
            Set<Long> chosen = ids(letters.getValue());
            UserActions.result(() -> letterPrograms.placeLetters(programs.getValue().programIds(), chosen, how.getValue()),
                    Map.of("letters", letters, "programs", programs)).ifPresent(changed -> {
                        Notifications.success("Letters changed on " + Format.count(changed, "program") + ".");
                        refresh();
                        plan.run();
                    });
        });
        plan.run();

        FormLayout form = new FormLayout(letters, programs, how);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(how, 2);
        VerticalLayout box = new VerticalLayout(new H4("Many programs at once"), form, preview, apply);
        box.setPadding(false);
        box.addClassName("letter-places-many");
        return box;
    }

    private String previewText(LetterPlan plan) {
        if (!plan.overLimit().isEmpty()) {
            return "Not possible: " + Format.count(plan.overLimit().size(), "program") + " would get more than "
                    + ErasLetterRule.MAX_LETTERS_PER_PROGRAM + " letters (" + plan.overLimit().stream().limit(3)
                            .map(id -> programNames.getOrDefault(id, id)).collect(Collectors.joining(", "))
                    + (plan.overLimit().size() > 3 ? ", …" : "") + ").";
        }
        return plan.changing() == 0 ? "None of the " + Format.count(plan.programs(), "program") + " would change."
                : Format.count(plan.changing(), "program") + " of " + plan.programs() + " would change.";
    }

    /** Shows each program's letters as stored, after letters were placed on many at once. */
    private void refresh() {
        Map<String, List<Long>> chosen = letterPrograms.myLettersByProgram();
        perProgram.forEach((programId, letters) -> show(letters, Set.copyOf(chosen.getOrDefault(programId, List.of()))));
    }

    private void show(MultiSelectComboBox<ApprovedLetter> letters, Set<Long> chosenIds) {
        showingStored = true;
        try {
            letters.setValue(approved.stream().filter(l -> chosenIds.contains(l.id())).collect(Collectors.toSet()));
        } finally {
            showingStored = false;
        }
        letters.setHelperText(count(letters.getValue()));
    }

    private MultiSelectComboBox<ApprovedLetter> letterChoice(ListEntry entry) {
        MultiSelectComboBox<ApprovedLetter> letters = new MultiSelectComboBox<>();
        letters.setId("letters-" + entry.programId());
        letters.setAriaLabel("Letters for " + entry.programName());
        // the rule is the service's; the field's own validation would clear its message when the choice is undone
        letters.setManualValidation(true);
        letters.setItems(approved);
        letters.setItemLabelGenerator(ApprovedLetter::label);
        letters.addValueChangeListener(change -> {
            if (showingStored) {
                return;
            }
            if (UserActions.attempt(() -> letterPrograms.sendLetters(entry.programId(), ids(change.getValue())),
                    Map.of("letters", letters))) {
                letters.setHelperText(count(change.getValue()));
                Notifications.success("Saved: " + count(change.getValue()) + " for " + entry.programName() + ".");
            } else {
                show(letters, ids(change.getOldValue()));
            }
        });
        return letters;
    }

    private static Set<Long> ids(Set<ApprovedLetter> letters) {
        return letters.stream().map(ApprovedLetter::id).collect(Collectors.toSet());
    }

    private static String count(Set<ApprovedLetter> letters) {
        return Format.count(letters.size(), "letter") + " of " + ErasLetterRule.MAX_LETTERS_PER_PROGRAM;
    }
}
