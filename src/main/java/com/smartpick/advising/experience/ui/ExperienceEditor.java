package com.smartpick.advising.experience.ui;

import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceRules;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.experience.Setting;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every field of an experience record. Rules are the service's ({@link ExperienceRules}); their messages come back
 * beside the fields and the dialog stays open until the save succeeds.
 */
class ExperienceEditor extends Dialog {

    final Select<ExperienceType> type = new Select<>();
    final RadioButtonGroup<Boolean> handsOn = new RadioButtonGroup<>("Patient contact");
    final TextField institution = new TextField("Institution");
    final TextField department = new TextField("Department");
    final TextField city = new TextField("City");
    final ComboBox<String> country = new ComboBox<>("Country");
    final ComboBox<String> usState = new ComboBox<>("US state");
    final TextField region = new TextField("State / province");
    final Select<Setting> setting = new Select<>();
    final ComboBox<String> specialty = new ComboBox<>("Specialty");
    final DatePicker startDate = new DatePicker("Start date");
    final DatePicker endDate = new DatePicker("End date");
    final Checkbox ongoing = new Checkbox("Ongoing");
    final IntegerField hoursPerWeek = new IntegerField("Hours per week");
    final TextField supervisorName = new TextField("Supervisor's name");
    final TextField supervisorTitle = new TextField("Supervisor's title");
    final TextField supervisorEmail = new TextField("Supervisor's e-mail");
    final TextArea tasks = new TextArea("Tasks and responsibilities");
    final TextArea procedures = new TextArea("Procedures");
    final TextField ehrSystems = new TextField("EHR systems used");
    final TextField trainings = new TextField("Trainings");
    final Button save;

    /**
     * @param lookAlikes the student's records like the details about to be saved (checking them on the way, so broken
     *                   rules show beside their fields first); the student is asked before saving one more of them
     */
    ExperienceEditor(String title, @Nullable ExperienceDetails initial, @Nullable String note,
            Function<ExperienceDetails, List<ExperienceRecord>> lookAlikes,
            Function<ExperienceDetails, ExperienceRecord> saveAction, Consumer<ExperienceRecord> saved) {
        setHeaderTitle(title);
        setWidth("min(60em, 95vw)");
        type.setLabel("Type");
        type.setItems(ExperienceType.values());
        type.setItemLabelGenerator(ExperienceType::label);
        type.setId("experience-type");
        handsOn.setItems(true, false);
        handsOn.setItemLabelGenerator(h -> h ? "Hands-on" : "Observation only");
        handsOn.setId("experience-hands-on");
        institution.setId("experience-institution");
        institution.setMaxLength(ExperienceRules.MAX_NAME);
        institution.setRequiredIndicatorVisible(true);
        department.setMaxLength(ExperienceRules.MAX_NAME);
        city.setId("experience-city");
        city.setMaxLength(ExperienceRules.MAX_CITY);
        city.setRequiredIndicatorVisible(true);
        country.setId("experience-country");
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(Labels::country)).toList());
        country.setItemLabelGenerator(Labels::country);
        country.addValueChangeListener(change -> showStateField());
        usState.setId("experience-state");
        usState.setItems(ExperienceRules.US_STATES);
        region.setMaxLength(ExperienceRules.MAX_CITY);
        setting.setLabel("Setting");
        setting.setItems(Setting.values());
        setting.setItemLabelGenerator(Setting::label);
        specialty.setId("experience-specialty");
        specialty.setItems(Labels.SPECIALTIES);
        specialty.setItemLabelGenerator(Labels::specialty);
        startDate.setId("experience-start");
        endDate.setId("experience-end");
        endDate.setHelperText("Leave empty while ongoing");
        hoursPerWeek.setId("experience-hours");
        // no min/max on the field: the service's rule gives the one message for out-of-range hours
        hoursPerWeek.setHelperText(ExperienceRules.MIN_HOURS + " to " + ExperienceRules.MAX_HOURS);
        hoursPerWeek.setStepButtonsVisible(true);
        supervisorName.setId("experience-supervisor");
        supervisorName.setMaxLength(ExperienceRules.MAX_NAME);
        supervisorName.setRequiredIndicatorVisible(true);
        supervisorTitle.setMaxLength(ExperienceRules.MAX_NAME);
        supervisorEmail.setId("experience-supervisor-email");
        supervisorEmail.setMaxLength(ExperienceRules.MAX_EMAIL);
        tasks.setMaxLength(ExperienceRules.MAX_TEXT);
        procedures.setMaxLength(ExperienceRules.MAX_TEXT);
        ehrSystems.setHelperText("Separated by commas, e.g. Epic, Cerner");
        trainings.setHelperText("Separated by commas, e.g. BLS, ACLS");

        show(initial);
        FormLayout form = new FormLayout(type, handsOn, institution, department, city, country, usState, region, setting,
                specialty, startDate, endDate, ongoing, hoursPerWeek, supervisorName, supervisorTitle, supervisorEmail,
                ehrSystems, tasks, procedures, trainings);
        form.setColspan(tasks, 2);
        form.setColspan(procedures, 2);
        if (note != null) {
            Paragraph explain = new Paragraph(note);
            explain.addClassName("muted");
            add(explain);
        }
        add(form);

        save = new Button("Save", click -> {
            if (hoursPerWeek.isInvalid() || startDate.isInvalid() || endDate.isInvalid()) {
                Notifications.error("Some entries could not be read: fix the highlighted fields, then save again.");
                return;
            }
            ExperienceDetails details = read();
            UserActions.result(() -> lookAlikes.apply(details), fields()).ifPresent(alike -> Confirm.unlessLookAlike(alike,
                    "You already have a record like this one", "Save anyway",
                    () -> UserActions.result(() -> saveAction.apply(details), fields()).ifPresent(result -> {
                        close();
                        saved.accept(result);
                    })));
        });
        save.setId("experience-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void show(@Nullable ExperienceDetails d) {
        type.setValue(d == null ? ExperienceType.CLINICAL_ROTATION : d.type());
        handsOn.setValue(d == null || d.handsOn());
        country.setValue(d == null ? ExperienceDetails.US : d.country());
        setting.setValue(d == null ? Setting.ACADEMIC : d.setting());
        if (d == null) {
            return;
        }
        institution.setValue(d.institution());
        department.setValue(Objects.requireNonNullElse(d.department(), ""));
        city.setValue(d.city());
        if (d.inUs()) {
            usState.setValue(d.state());
        } else {
            region.setValue(Objects.requireNonNullElse(d.state(), ""));
        }
        specialty.setValue(d.specialty());
        startDate.setValue(d.startDate());
        endDate.setValue(d.endDate());
        ongoing.setValue(d.ongoing());
        hoursPerWeek.setValue(d.hoursPerWeek());
        supervisorName.setValue(d.supervisorName());
        supervisorTitle.setValue(Objects.requireNonNullElse(d.supervisorTitle(), ""));
        supervisorEmail.setValue(Objects.requireNonNullElse(d.supervisorEmail(), ""));
        tasks.setValue(Objects.requireNonNullElse(d.tasks(), ""));
        procedures.setValue(Objects.requireNonNullElse(d.procedures(), ""));
        ehrSystems.setValue(String.join(", ", d.ehrSystems()));
        trainings.setValue(String.join(", ", d.trainings()));
    }

    private void showStateField() {
        boolean us = ExperienceDetails.US.equals(country.getValue());
        usState.setVisible(us);
        region.setVisible(!us);
    }

    /** Missing choices are read as values the rules refuse, so the message lands beside the empty field. */
    private ExperienceDetails read() {
        String countryCode = Objects.requireNonNullElse(country.getValue(), "");
        boolean us = ExperienceDetails.US.equals(countryCode);
        return new ExperienceDetails(Objects.requireNonNullElse(type.getValue(), ExperienceType.CLINICAL_ROTATION),
                Boolean.TRUE.equals(handsOn.getValue()), institution.getValue(), department.getValue(), city.getValue(),
                us ? usState.getValue() : region.getValue(), countryCode,
                Objects.requireNonNullElse(setting.getValue(), Setting.ACADEMIC),
                Objects.requireNonNullElse(specialty.getValue(), ""),
                Objects.requireNonNullElse(startDate.getValue(), LocalDate.MAX), endDate.getValue(),
                ongoing.getValue(), Objects.requireNonNullElse(hoursPerWeek.getValue(), 0), supervisorName.getValue(),
                supervisorTitle.getValue(), supervisorEmail.getValue(), tasks.getValue(), procedures.getValue(),
                ExperienceRules.split(ehrSystems.getValue()), ExperienceRules.split(trainings.getValue()));
    }

    private Map<String, HasValidation> fields() {
        boolean us = ExperienceDetails.US.equals(country.getValue());
        return Map.<String, HasValidation>ofEntries(Map.entry("institution", institution), Map.entry("department", department),
                Map.entry("city", city), Map.entry("country", country), Map.entry("state", us ? (HasValidation) usState : region),
                Map.entry("specialty", specialty), Map.entry("startDate", startDate), Map.entry("endDate", endDate),
                Map.entry("hoursPerWeek", hoursPerWeek), Map.entry("supervisorName", supervisorName),
                Map.entry("supervisorTitle", supervisorTitle), Map.entry("supervisorEmail", supervisorEmail),
                Map.entry("tasks", tasks), Map.entry("procedures", procedures), Map.entry("ehrSystems", ehrSystems),
                Map.entry("trainings", trainings));
    }
}
