package com.smartpick.advising.eras;

import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceRecord;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A student's current verified experience record, as ERAS asks for it. */
public record VerifiedExperience(long recordId, String type, String institution, @Nullable String department,
        String location, LocalDate startDate, @Nullable LocalDate endDate, boolean ongoing, int hoursPerWeek,
        String supervisor, @Nullable String tasks) {

    static VerifiedExperience of(ExperienceRecord record) {
        ExperienceDetails e = record.details();
        String location = Stream.of(e.city(), e.state(), e.country()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
        String supervisor = e.supervisorName() + (e.supervisorTitle() == null ? "" : ", " + e.supervisorTitle());
        return new VerifiedExperience(record.id(), e.type().label(), e.institution(), e.department(), location,
                e.startDate(), e.endDate(), e.ongoing(), e.hoursPerWeek(), supervisor, e.tasks());
    }

    /** One line to recognise the record by in a list. */
    public String title() {
        return type + " · " + institution + (department == null ? "" : ", " + department) + " · " + location;
    }
}
