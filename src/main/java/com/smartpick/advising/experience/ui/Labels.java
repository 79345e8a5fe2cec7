package com.smartpick.advising.experience.ui;

import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceStatus;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** How experience values read on screen. */
final class Labels {

    static final List<String> SPECIALTIES = Stream.concat(Arrays.stream(Specialty.values()).map(Enum::name),
            Stream.of(ExperienceDetails.OTHER_SPECIALTY)).toList();

    private Labels() {
    }

    static String specialty(String name) {
        return Arrays.stream(Specialty.values()).filter(s -> s.name().equals(name)).findFirst()
                .map(Specialty::displayName).orElse("Other");
    }

    static String country(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
    }

    static String place(ExperienceDetails d) {
        return d.city() + (d.state() == null ? "" : ", " + d.state()) + ", " + country(d.country());
    }

    static Span status(ExperienceStatus status) {
        Span badge = new Span(status.label());
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "badge contrast";
            case SUBMITTED -> "badge";
            case VERIFIED -> "badge success";
            case CHANGES_REQUESTED -> "badge error";
        });
        badge.addClassName("status-badge");
        return badge;
    }
}
