package com.smartpick.advising.smartpick.catalog.ui;

import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.smartpick.catalog.CatalogEntry;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.smartpick.catalog.ProgramDraft;
import com.smartpick.advising.smartpick.catalog.ProgramRules;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.ProgramType;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Edit one program. The program id is fixed (imports and ranked lists know the program by it) and the census
 * division follows the state. A save over someone else's newer save is refused with a message, never merged.
 */
class ProgramDialog extends Dialog {

    final TextField code = new TextField("Program id");
    final TextField name = new TextField("Name");
    final ComboBox<Specialty> specialty = choice("Specialty", Specialty.values(), Specialty::displayName);
    final TextField institution = new TextField("Institution");
    final TextField city = new TextField("City");
    final TextField state = new TextField("State");
    final TextField division = new TextField("Census division");
    final ComboBox<ProgramType> type = choice("Type", ProgramType.values(), ProgramType::displayName);
    final IntegerField positions = new IntegerField("Positions (PGY-1)");
    final IntegerField percentImg = new IntegerField("IMG residents (%)");
    final Checkbox sponsorsJ1 = new Checkbox("Sponsors J-1");
    final Checkbox sponsorsH1b = new Checkbox("Sponsors H-1B");
    final IntegerField minStep2Ck = new IntegerField("Minimum Step 2 CK");
    final IntegerField yogLimitYears = new IntegerField("Years since graduation accepted");
    final Checkbox usceRequired = new Checkbox("Requires hands-on USCE");
    final IntegerField maxAttempts = new IntegerField("USMLE attempts accepted");
    final IntegerField medianStep2Ck = new IntegerField("Median Step 2 CK of matched residents");
    final Button save = new Button("Save");
    final Button activation;

    ProgramDialog(CatalogEntry entry, CatalogService catalog, Consumer<CatalogEntry> saved) {
        Program p = entry.program();
        setHeaderTitle(p.name());
        setWidth("min(52em, 96vw)");
        code.setId("program-code");
        code.setValue(p.id());
        code.setReadOnly(true);
        code.setHelperText("Imports and ranked lists know the program by its id, so it cannot change.");
        name.setId("program-name");
        name.setMaxLength(ProgramRules.MAX_NAME);
        name.setValue(p.name());
        specialty.setValue(p.specialty());
        institution.setMaxLength(ProgramRules.MAX_NAME);
        institution.setValue(p.institution());
        city.setMaxLength(ProgramRules.MAX_CITY);
        city.setValue(p.city());
        state.setId("program-state");
        state.setMaxLength(2);
        state.setValue(p.state());
        division.setReadOnly(true);
        division.setHelperText("Follows the state");
        state.addValueChangeListener(change -> division.setValue(
                CensusDivision.ofState(change.getValue().strip()).map(CensusDivision::displayName).orElse("—")));
        division.setValue(p.division().displayName());
        type.setValue(p.type());
        positions.setId("program-positions");
        positions.setValue(p.positions());
        percentImg.setValue(p.percentImgResidents());
        sponsorsJ1.setValue(p.sponsorsJ1());
        sponsorsH1b.setValue(p.sponsorsH1b());
        minStep2Ck.setValue(p.minimumStep2Ck());
        minStep2Ck.setHelperText("Empty when the program publishes none");
        yogLimitYears.setValue(p.yogLimitYears());
        yogLimitYears.setHelperText("Empty when the program sets no limit");
        usceRequired.setValue(p.usceRequired());
        maxAttempts.setValue(p.maxAttemptsAccepted());
        maxAttempts.setHelperText("Empty when the program sets no limit");
        medianStep2Ck.setValue(p.medianStep2Ck());
        medianStep2Ck.setHelperText("Empty when unknown");

        FormLayout form = new FormLayout(code, name, specialty, type, institution, city, state, division, positions,
                percentImg, minStep2Ck, medianStep2Ck, yogLimitYears, maxAttempts, sponsorsJ1, sponsorsH1b,
                usceRequired);
        form.setColspan(name, 2);
        add(form);

        save.setId("program-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(entry, catalog, saved));
        activation = new Button(entry.active() ? "Deactivate" : "Activate", click -> {
            UserActions.result(() -> catalog.setActive(entry.id(), entry.version(), !entry.active())).ifPresent(result -> {
                Notifications.success(p.id() + (entry.active() ? " deactivated: SmartPick no longer ranks it."
                        : " activated: SmartPick ranks it again."));
                close();
                saved.accept(result);
            });
        });
        activation.setId("program-activation");
        activation.addThemeVariants(entry.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
        getFooter().add(activation, new Button("Cancel", click -> close()), save);
    }

    private void save(CatalogEntry entry, CatalogService catalog, Consumer<CatalogEntry> saved) {
        if (numbers().stream().anyMatch(HasValidation::isInvalid)) {
            Notifications.error("Some numbers could not be read: fix the highlighted fields, then save again.");
            return;
        }
        ProgramDraft draft = new ProgramDraft(code.getValue(), name.getValue(), specialty.getValue(),
                institution.getValue(), city.getValue(), state.getValue(),
                CensusDivision.ofState(state.getValue().strip()).orElse(entry.program().division()), type.getValue(),
                positions.getValue(), percentImg.getValue(), sponsorsJ1.getValue(), sponsorsH1b.getValue(),
                minStep2Ck.getValue(), yogLimitYears.getValue(), usceRequired.getValue(), maxAttempts.getValue(),
                medianStep2Ck.getValue());
        UserActions.result(() -> catalog.save(entry.id(), entry.version(), draft), fields()).ifPresent(result -> {
            Notifications.success(entry.program().id() + " saved.");
            close();
            saved.accept(result);
        });
    }

    /** The form's fields by the CSV column their rule messages are keyed by. */
    private Map<String, HasValidation> fields() {
        return Map.ofEntries(Map.entry("id", code), Map.entry("name", name), Map.entry("specialty", specialty),
                Map.entry("institution", institution), Map.entry("city", city), Map.entry("state", state),
                Map.entry("census_division", state), Map.entry("type", type), Map.entry("positions", positions),
                Map.entry("percent_img", percentImg), Map.entry("min_step2_ck", minStep2Ck),
                Map.entry("yog_limit_years", yogLimitYears), Map.entry("max_attempts", maxAttempts),
                Map.entry("median_step2_ck", medianStep2Ck));
    }

    private List<IntegerField> numbers() {
        return List.of(positions, percentImg, minStep2Ck, yogLimitYears, maxAttempts, medianStep2Ck);
    }

    static <E extends Enum<E>> ComboBox<E> choice(String label, E[] values, Function<E, String> caption) {
        ComboBox<E> box = new ComboBox<>(label);
        box.setItems(Arrays.stream(values).sorted(Comparator.comparing(caption)).toList());
        box.setItemLabelGenerator(caption::apply);
        return box;
    }
}
