package com.smartpick.advising.profile.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.AreaPreference;
import com.smartpick.advising.profile.ExamResult;
import com.smartpick.advising.profile.ProfileRules;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The student's applicant profile. Rules live in {@link ProfileRules} and are checked by the service; their
 * messages come back here beside each field. A save over someone else's newer save is refused, not merged.
 */
@AdvisingView("profile")
@InMenu(label = "My profile", icon = VaadinIcon.USER_CARD, order = 70,
        card = "Your school, scores, visa need and preferences: what SmartPick ranks from.")
@RolesAllowed("STUDENT")
@PageTitle("My profile · SmartPick Advising")
public class MyProfileView extends VerticalLayout {

    private final ProfileService profiles;
    private ApplicantProfile loaded;

    private final TextField medicalSchool = new TextField("Medical school");
    private final TextField schoolCountry = new TextField("Country of the school");
    private final IntegerField graduationYear = new IntegerField("Year of graduation (YOG)");
    private final Checkbox ecfmgCertified = new Checkbox("ECFMG certified");
    private final Select<ExamResult> step1Result = select("USMLE Step 1", ExamResult.values(), ExamResult::label);
    private final IntegerField step1Attempts = new IntegerField("Step 1 attempts");
    private final IntegerField step2ckScore = new IntegerField("Step 2 CK score");
    private final IntegerField step2ckAttempts = new IntegerField("Step 2 CK attempts");
    private final Select<ExamResult> step3Result = select("USMLE Step 3", ExamResult.values(), ExamResult::label);
    private final Select<VisaNeed> visaNeed = select("Visa need", VisaNeed.values(), VisaNeed::displayName);
    private final List<ComboBox<Specialty>> specialtyChoices = List.of(
            specialty("First-choice specialty"), specialty("Second choice"), specialty("Third choice"));
    private final MultiSelectComboBox<CensusDivision> preferredRegions = new MultiSelectComboBox<>("Preferred regions (at most 3)");
    private final Select<AreaPreference> settingPreference = select("Setting", AreaPreference.values(), AreaPreference::label);
    private final IntegerField researchItems = new IntegerField("Research items (publications, posters, abstracts)");

    public MyProfileView(ProfileService profiles) {
        this.profiles = profiles;
        this.loaded = profiles.myProfile();
        addClassName("profile-view");

        medicalSchool.setId("medical-school");
        medicalSchool.setMaxLength(ProfileRules.MAX_TEXT);
        medicalSchool.setRequiredIndicatorVisible(true);
        schoolCountry.setId("school-country");
        schoolCountry.setMaxLength(ProfileRules.MAX_COUNTRY);
        schoolCountry.setRequiredIndicatorVisible(true);
        graduationYear.setId("graduation-year");
        graduationYear.setRequiredIndicatorVisible(true);
        step1Attempts.setId("step1-attempts");
        step1Attempts.setStepButtonsVisible(true);
        step2ckScore.setId("step2ck-score");
        step2ckScore.setHelperText("Between " + ProfileRules.MIN_SCORE + " and " + ProfileRules.MAX_SCORE
                + "; passing is " + ProfileRules.STEP2CK_PASSING);
        step2ckAttempts.setId("step2ck-attempts");
        step2ckAttempts.setStepButtonsVisible(true);
        preferredRegions.setItems(CensusDivision.values());
        preferredRegions.setItemLabelGenerator(CensusDivision::displayName);
        preferredRegions.setHelperText("US census divisions, as in ERAS");
        researchItems.setStepButtonsVisible(true);

        Button save = new Button("Save profile", click -> save());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout school = new FormLayout(medicalSchool, schoolCountry, graduationYear, ecfmgCertified);
        FormLayout exams = new FormLayout(step1Result, step1Attempts, step2ckScore, step2ckAttempts, step3Result);
        FormLayout preferences = new FormLayout();
        specialtyChoices.forEach(preferences::add);
        preferences.add(preferredRegions, settingPreference, visaNeed, researchItems);
        add(new H1("My applicant profile"),
                new Paragraph("SmartPick ranks programs from what you enter here; your advisors and mentors see it too."),
                new H2("Medical school"), school, new H2("USMLE"), exams, new H2("Preferences"), preferences, save);
        show(loaded);
    }

    private void save() {
        List<IntegerField> numbers = List.of(graduationYear, step1Attempts, step2ckScore, step2ckAttempts, researchItems);
        if (numbers.stream().anyMatch(HasValidation::isInvalid)) {
            Notifications.error("Some numbers could not be read: fix the highlighted fields, then save again.");
            return;
        }
        ApplicantProfile edited = read();
        if (UserActions.attempt(() -> loaded = profiles.saveMyProfile(edited), fields())) {
            show(loaded);
            Notifications.success("Profile saved.");
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(
                Map.entry("medicalSchool", medicalSchool), Map.entry("schoolCountry", schoolCountry),
                Map.entry("graduationYear", graduationYear), Map.entry("step1Attempts", step1Attempts),
                Map.entry("step2ckScore", step2ckScore), Map.entry("step2ckAttempts", step2ckAttempts),
                Map.entry("preferredSpecialties", specialtyChoices.getFirst()),
                Map.entry("preferredRegions", preferredRegions), Map.entry("researchItems", researchItems),
                Map.entry("ecfmgCertified", step1Result));
    }

    private ApplicantProfile read() {
        List<Specialty> specialties = specialtyChoices.stream().map(ComboBox::getValue).filter(Objects::nonNull).toList();
        List<CensusDivision> regions = new ArrayList<>(preferredRegions.getValue());
        regions.sort(Comparator.naturalOrder());
        return new ApplicantProfile(loaded.studentId(), medicalSchool.getValue(), schoolCountry.getValue(),
                graduationYear.getValue(), ecfmgCertified.getValue(), step1Result.getValue(), orZero(step1Attempts),
                step2ckScore.getValue(), orZero(step2ckAttempts), step3Result.getValue(), visaNeed.getValue(),
                specialties, regions, settingPreference.getValue(), orZero(researchItems), loaded.version());
    }

    private void show(ApplicantProfile p) {
        medicalSchool.setValue(Objects.requireNonNullElse(p.medicalSchool(), ""));
        schoolCountry.setValue(Objects.requireNonNullElse(p.schoolCountry(), ""));
        graduationYear.setValue(p.graduationYear());
        ecfmgCertified.setValue(p.ecfmgCertified());
        step1Result.setValue(p.step1Result());
        step1Attempts.setValue(p.step1Attempts());
        step2ckScore.setValue(p.step2ckScore());
        step2ckAttempts.setValue(p.step2ckAttempts());
        step3Result.setValue(p.step3Result());
        visaNeed.setValue(p.visaNeed());
        for (int i = 0; i < specialtyChoices.size(); i++) {
            specialtyChoices.get(i).setValue(i < p.preferredSpecialties().size() ? p.preferredSpecialties().get(i) : null);
        }
        preferredRegions.setValue(p.preferredRegions());
        settingPreference.setValue(p.settingPreference());
        researchItems.setValue(p.researchItems());
    }

    /** An emptied number field means none, not an error. */
    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static ComboBox<Specialty> specialty(String label) {
        ComboBox<Specialty> box = new ComboBox<>(label);
        box.setItems(Arrays.asList(Specialty.values()));
        box.setItemLabelGenerator(Specialty::displayName);
        box.setClearButtonVisible(true);
        return box;
    }

    private static <T> Select<T> select(String label, T[] values, Function<T, String> labels) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setItems(values);
        select.setItemLabelGenerator(labels::apply);
        return select;
    }
}
