package com.smartpick.advising.profile;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;

import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The applicant profile as other features may join it for lists of students (readiness, "My students"): a read-only
 * view under the caller's alias, with the columns those lists show, sort and filter on. PostgreSQL folds the view
 * into the caller's statement. The caller limits its rows to the students the viewer may see.
 */
public final class ProfileColumns {

    private final Table<?> table;
    private final Field<Long> studentId;
    private final Field<String> medicalSchool;
    private final Field<String> schoolCountry;
    private final Field<Integer> graduationYear;
    private final Field<Integer> step2ckScore;
    private final Field<String> visaNeed;
    private final Field<String[]> preferredSpecialties;
    private final Field<OffsetDateTime> updatedAt;

    private ProfileColumns(String alias) {
        table = DSL.select(APPLICANT_PROFILE.STUDENT_ID, APPLICANT_PROFILE.MEDICAL_SCHOOL, APPLICANT_PROFILE.SCHOOL_COUNTRY,
                        APPLICANT_PROFILE.GRADUATION_YEAR, APPLICANT_PROFILE.STEP2CK_SCORE, APPLICANT_PROFILE.VISA_NEED,
                        APPLICANT_PROFILE.PREFERRED_SPECIALTIES, APPLICANT_PROFILE.UPDATED_AT)
                .from(APPLICANT_PROFILE).asTable(alias);
        studentId = table.field(APPLICANT_PROFILE.STUDENT_ID);
        medicalSchool = table.field(APPLICANT_PROFILE.MEDICAL_SCHOOL);
        schoolCountry = table.field(APPLICANT_PROFILE.SCHOOL_COUNTRY);
        graduationYear = table.field(APPLICANT_PROFILE.GRADUATION_YEAR);
        step2ckScore = table.field(APPLICANT_PROFILE.STEP2CK_SCORE);
        visaNeed = table.field(APPLICANT_PROFILE.VISA_NEED);
        preferredSpecialties = table.field(APPLICANT_PROFILE.PREFERRED_SPECIALTIES);
        updatedAt = table.field(APPLICANT_PROFILE.UPDATED_AT);
    }

    public static ProfileColumns as(String alias) {
        return new ProfileColumns(alias);
    }

    public Table<?> table() {
        return table;
    }

    public Field<Long> studentId() {
        return studentId;
    }

    public Field<String> medicalSchool() {
        return medicalSchool;
    }

    public Field<String> schoolCountry() {
        return schoolCountry;
    }

    public Field<Integer> graduationYear() {
        return graduationYear;
    }

    public Field<Integer> step2ckScore() {
        return step2ckScore;
    }

    /** The {@link com.smartpick.advising.smartpick.engine.VisaNeed} name. */
    public Field<String> visaNeed() {
        return visaNeed;
    }

    /** The {@link com.smartpick.advising.smartpick.engine.Specialty} names, in the student's order. */
    public Field<String[]> preferredSpecialties() {
        return preferredSpecialties;
    }

    public Field<String> firstSpecialty() {
        return DSL.field("{0}[1]", String.class, preferredSpecialties);
    }

    public Field<OffsetDateTime> updatedAt() {
        return updatedAt;
    }
}
