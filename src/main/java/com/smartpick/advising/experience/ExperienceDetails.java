package com.smartpick.advising.experience;

import com.smartpick.advising.base.ui.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a student writes about one experience: an {@link ExperienceRecord}'s details, its workflow left out.
 * {@code specialty} is the engine's {@code Specialty} name or {@link #OTHER_SPECIALTY}; {@code country} an ISO 3166-1
 * alpha-2 code; {@code state} a USPS code when the country is {@code US}. {@code endDate} may be null only while
 * {@code ongoing}.
 */
public record ExperienceDetails(
        ExperienceType type,
        boolean handsOn,
        String institution,
        @Nullable String department,
        String city,
        @Nullable String state,
        String country,
        Setting setting,
        String specialty,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean ongoing,
        int hoursPerWeek,
        String supervisorName,
        @Nullable String supervisorTitle,
        @Nullable String supervisorEmail,
        @Nullable String tasks,
        @Nullable String procedures,
        List<String> ehrSystems,
        List<String> trainings) {

    public static final String OTHER_SPECIALTY = "OTHER";
    public static final String US = "US";

    public ExperienceDetails {
        ehrSystems = List.copyOf(ehrSystems);
        trainings = List.copyOf(trainings);
    }

    public boolean inUs() {
        return US.equals(country);
    }

    /** When it ran, as people read it: "3 Mar 2025 – 28 Mar 2025", "3 Mar 2025 – ongoing". */
    public String period() {
        return Dates.day(startDate) + " – " + (ongoing ? "ongoing" : endDate == null ? "" : Dates.day(endDate));
    }

    /**
     * The record named so a student tells it from their others, after "your" in a sentence: "observership at Mayo
     * Clinic (3 Mar 2025 – 28 Mar 2025)".
     */
    public String describe() {
        return type.label().toLowerCase(Locale.ENGLISH) + " at " + institution + " (" + period() + ")";
    }
}
