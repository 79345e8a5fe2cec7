package com.smartpick.advising.smartpick.rankedlist.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.letter.ApprovedLetter;
import com.smartpick.advising.letter.ErasLetterRule;
import com.smartpick.advising.letter.LetterProgramService;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Which of my approved letters go to each program of my published list, at most four per program as ERAS allows:
 * a choice over the limit is refused beside the program and the previous choice stays.
 */
class LetterPlaces extends VerticalLayout {

    LetterPlaces(LetterProgramService letterPrograms, List<ListEntry> entries) {
        setPadding(false);
        setId("letter-places");
        add(new H3("Letters per program"));
        List<ApprovedLetter> approved = letterPrograms.myApprovedLetters();
        if (approved.isEmpty()) {
            Paragraph none = new Paragraph("Once a letter of recommendation is approved, you choose here which programs it goes to.");
            none.setId("no-approved-letters");
            add(none);
            return;
        }
        add(new Paragraph("ERAS sends at most " + ErasLetterRule.MAX_LETTERS_PER_PROGRAM
                + " letters to a program. Choose which of your approved letters each program receives."));
        Map<String, List<Long>> chosen = letterPrograms.myLettersByProgram();
        for (ListEntry entry : entries) {
            Span program = new Span(entry.programName());
            program.addClassName("letter-place-program");
            Div row = new Div(program, letterChoice(letterPrograms, approved, entry,
                    Set.copyOf(chosen.getOrDefault(entry.programId(), List.of()))));
            row.addClassName("letter-place");
            add(row);
        }
    }

    private static MultiSelectComboBox<ApprovedLetter> letterChoice(LetterProgramService letterPrograms,
            List<ApprovedLetter> approved, ListEntry entry, Set<Long> chosenIds) {
        MultiSelectComboBox<ApprovedLetter> letters = new MultiSelectComboBox<>();
        letters.setId("letters-" + entry.programId());
        letters.setAriaLabel("Letters for " + entry.programName());
        // the rule is the service's; the field's own validation would clear its message when the choice is undone
        letters.setManualValidation(true);
        letters.setItems(approved);
        letters.setItemLabelGenerator(l -> l.author() + " · " + l.specialty());
        letters.setValue(approved.stream().filter(l -> chosenIds.contains(l.id())).collect(Collectors.toSet()));
        letters.setHelperText(count(letters.getValue()));
        AtomicBoolean reverting = new AtomicBoolean();
        letters.addValueChangeListener(change -> {
            if (reverting.get()) {
                return;
            }
            Set<Long> ids = change.getValue().stream().map(ApprovedLetter::id).collect(Collectors.toSet());
            if (UserActions.attempt(() -> letterPrograms.sendLetters(entry.programId(), ids), Map.of("letters", letters))) {
                letters.setHelperText(count(change.getValue()));
            } else {
                reverting.set(true);
                letters.setValue(new HashSet<>(change.getOldValue()));
                reverting.set(false);
            }
        });
        return letters;
    }

    private static String count(Set<ApprovedLetter> letters) {
        return letters.size() + " of " + ErasLetterRule.MAX_LETTERS_PER_PROGRAM;
    }
}
