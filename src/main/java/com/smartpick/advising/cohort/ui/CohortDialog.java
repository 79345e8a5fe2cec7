package com.smartpick.advising.cohort.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.cohort.Cohort;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Create or rename a cohort; the dialog stays open, with the messages beside the fields, until the save succeeds. */
class CohortDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextField matchSeason = new TextField("Match season");
    final Button save;

    CohortDialog(@Nullable Cohort editing, BiFunction<String, String, Cohort> saveAction, Consumer<Cohort> saved) {
        setHeaderTitle(editing == null ? "New cohort" : "Rename cohort");
        name.setId("cohort-name");
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        matchSeason.setId("cohort-season");
        matchSeason.setMaxLength(80);
        matchSeason.setRequiredIndicatorVisible(true);
        matchSeason.setPlaceholder("2027 Main Residency Match");
        if (editing != null) {
            name.setValue(editing.name());
            matchSeason.setValue(editing.matchSeason());
        } else {
            matchSeason.setValue("2027 Main Residency Match");
        }
        add(new FormLayout(name, matchSeason));

        save = new Button(editing == null ? "Create" : "Save", click -> {
            UserActions.result(() -> saveAction.apply(name.getValue(), matchSeason.getValue()),
                    Map.of("name", name, "matchSeason", matchSeason)).ifPresent(result -> {
                close();
                saved.accept(result);
            });
        });
        save.setId("cohort-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
        name.focus();
    }
}
