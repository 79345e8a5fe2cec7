package com.smartpick.advising.support;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;

import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.experience.Setting;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;

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

    /** A record of the student written straight into the table, in the given state. */
    public static long insert(DSLContext db, long studentId, String status) {
        OffsetDateTime now = OffsetDateTime.now();
        return db.insertInto(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.STUDENT_ID, studentId)
                .set(EXPERIENCE_RECORD.STATUS, status).set(EXPERIENCE_RECORD.EXPERIENCE_TYPE, "CLINICAL_ROTATION")
                .set(EXPERIENCE_RECORD.HANDS_ON, true).set(EXPERIENCE_RECORD.INSTITUTION, "Mercy Hospital")
                .set(EXPERIENCE_RECORD.CITY, "Chicago").set(EXPERIENCE_RECORD.STATE, "IL").set(EXPERIENCE_RECORD.COUNTRY, "US")
                .set(EXPERIENCE_RECORD.SETTING, "ACADEMIC").set(EXPERIENCE_RECORD.SPECIALTY, "INTERNAL_MEDICINE")
                .set(EXPERIENCE_RECORD.START_DATE, LocalDate.of(2025, 1, 6)).set(EXPERIENCE_RECORD.END_DATE, LocalDate.of(2025, 2, 28))
                .set(EXPERIENCE_RECORD.HOURS_PER_WEEK, 40).set(EXPERIENCE_RECORD.SUPERVISOR_NAME, "Dr. Jane Roe")
                .set(EXPERIENCE_RECORD.SUPERVISOR_EMAIL, "jane.roe@hospital.example")
                .set(EXPERIENCE_RECORD.SUBMITTED_AT, "DRAFT".equals(status) ? null : now)
                .set(EXPERIENCE_RECORD.REVIEWED_AT, "VERIFIED".equals(status) || "CHANGES_REQUESTED".equals(status) ? now : null)
                .returning(EXPERIENCE_RECORD.ID).fetchSingle(EXPERIENCE_RECORD.ID);
    }
}
