package com.smartpick.advising.eras;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A student's current verified experience record, as ERAS asks for it. */
public record VerifiedExperience(long recordId, String type, String institution, @Nullable String department,
        String location, LocalDate startDate, @Nullable LocalDate endDate, boolean ongoing, int hoursPerWeek,
        String supervisor, @Nullable String tasks) {

    /** One line to recognise the record by in a list. */
    public String title() {
        return type + " · " + institution + (department == null ? "" : ", " + department) + " · " + location;
    }
}
