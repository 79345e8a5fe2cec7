package com.smartpick.advising.profile.ui;

import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A read-only applicant profile, as staff see it. */
public class ProfileSummary extends VerticalLayout {

    public ProfileSummary(ApplicantProfile p) {
        addClassName("profile-summary");
        setPadding(false);
        if (p.isNew()) {
            add(new Span("The student has not filled in their profile yet."));
            return;
        }
        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, "Medical school", p.medicalSchool());
        fact(facts, "Country", p.schoolCountry());
        fact(facts, "Year of graduation", p.graduationYear());
        fact(facts, "ECFMG certified", p.ecfmgCertified() ? "Yes" : "No");
        fact(facts, "Step 1", p.step1Result().label() + attempts(p.step1Attempts()));
        fact(facts, "Step 2 CK", (p.step2ckScore() == null ? "Not taken" : p.step2ckScore().toString()) + attempts(p.step2ckAttempts()));
        fact(facts, "Step 3", p.step3Result().label());
        fact(facts, "Visa need", p.visaNeed().displayName());
        fact(facts, "Preferred specialties", names(p.preferredSpecialties(), Specialty::displayName));
        fact(facts, "Preferred regions", names(p.preferredRegions(), CensusDivision::displayName));
        fact(facts, "Setting", p.settingPreference().label());
        fact(facts, "Research items", p.researchItems());
        add(facts);
    }

    private static void fact(Div facts, String label, Object value) {
        Span term = new Span(label);
        term.addClassName("term");
        Span definition = new Span(value == null ? "—" : value.toString());
        definition.addClassName("definition");
        facts.add(term, definition);
    }

    private static String attempts(int attempts) {
        return attempts > 1 ? " (" + attempts + " attempts)" : "";
    }

    private static <T> String names(List<T> items, Function<T, String> name) {
        return items.isEmpty() ? "—" : items.stream().map(name).collect(Collectors.joining(", "));
    }
}
