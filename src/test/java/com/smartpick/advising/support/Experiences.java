package com.smartpick.advising.support;

import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.experience.Setting;
import java.time.LocalDate;
import java.util.List;

/** Valid experience details to start from; tests change the one field they are about. */
public final class Experiences {

    private Experiences() {
    }

    /** A finished, hands-on US clinical rotation in Internal Medicine. */
    public static ExperienceDetails usRotation(String institution, LocalDate start, LocalDate end) {
        return new ExperienceDetails(ExperienceType.CLINICAL_ROTATION, true, institution, "Department of Medicine",
                "Chicago", "IL", "US", Setting.ACADEMIC, "INTERNAL_MEDICINE", start, end, false, 40, "Dr. Jane Roe",
                "Attending physician", "jane.roe@hospital.example", "Admitted patients, presented on rounds",
                "Venipuncture", List.of("Epic"), List.of("BLS", "ACLS"));
    }

    public static ExperienceDetails usRotation(String institution) {
        return usRotation(institution, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 2, 28));
    }

    public static ExperienceDetails withHours(ExperienceDetails d, int hours) {
        return new ExperienceDetails(d.type(), d.handsOn(), d.institution(), d.department(), d.city(), d.state(),
                d.country(), d.setting(), d.specialty(), d.startDate(), d.endDate(), d.ongoing(), hours, d.supervisorName(),
                d.supervisorTitle(), d.supervisorEmail(), d.tasks(), d.procedures(), d.ehrSystems(), d.trainings());
    }

    public static ExperienceDetails with(ExperienceDetails d, ExperienceType type, boolean handsOn, String country,
            String state, String specialty, Setting setting, LocalDate start, LocalDate end, boolean ongoing) {
        return new ExperienceDetails(type, handsOn, d.institution(), d.department(), d.city(), state, country, setting,
                specialty, start, end, ongoing, d.hoursPerWeek(), d.supervisorName(), d.supervisorTitle(),
                d.supervisorEmail(), d.tasks(), d.procedures(), d.ehrSystems(), d.trainings());
    }
}
