package com.smartpick.advising.profile;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;

import com.smartpick.advising.base.Rows;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.jooq.tables.records.ApplicantProfileRecord;
import com.smartpick.advising.security.People;
import com.smartpick.advising.security.Viewer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ProfileRepository {

    private static final People PEOPLE = People.as("person");

    private final DSLContext db;
    private final StudentAccess access;

    ProfileRepository(DSLContext db, StudentAccess access) {
        this.db = db;
        this.access = access;
    }

    Optional<ApplicantProfile> find(long studentId, Viewer viewer) {
        return db.selectFrom(APPLICANT_PROFILE)
                .where(APPLICANT_PROFILE.STUDENT_ID.eq(studentId))
                .and(access.students(viewer, APPLICANT_PROFILE.STUDENT_ID))
                .fetchOptional(ProfileRows::profile);
    }


    /** Inserts those of {@code profiles} whose student keeps none yet; returns how many. */
    int insertMissing(List<ApplicantProfile> profiles, OffsetDateTime now) {
        if (profiles.isEmpty()) {
            return 0;
        }
        var insert = db.insertInto(APPLICANT_PROFILE).set(record(profiles.get(0), now));
        for (ApplicantProfile p : profiles.subList(1, profiles.size())) {
            insert = insert.newRecord().set(record(p, now));
        }
        return insert.onConflictDoNothing().execute();
    }

    /** @return false when another save came first (the row exists already, or its version moved on) */
    boolean save(ApplicantProfile p, OffsetDateTime now) {
        ApplicantProfileRecord r = record(p, now);
        if (p.isNew()) {
            return db.insertInto(APPLICANT_PROFILE).set(r).onConflictDoNothing().execute() == 1;
        }
        r.setVersion(p.version() + 1);
        return Rows.oneOrNone(db.update(APPLICANT_PROFILE).set(r)
                .where(APPLICANT_PROFILE.STUDENT_ID.eq(p.studentId()))
                .and(APPLICANT_PROFILE.VERSION.eq(p.version())));
    }

    private static ApplicantProfileRecord record(ApplicantProfile p, OffsetDateTime now) {
        return new ApplicantProfileRecord()
                .setStudentId(p.studentId())
                .setMedicalSchool(p.medicalSchool())
                .setSchoolCountry(p.schoolCountry())
                .setGraduationYear(p.graduationYear())
                .setEcfmgCertified(p.ecfmgCertified())
                .setStep1Result(p.step1Result().name())
                .setStep1Attempts(p.step1Attempts())
                .setStep2ckScore(p.step2ckScore())
                .setStep2ckAttempts(p.step2ckAttempts())
                .setStep3Result(p.step3Result().name())
                .setVisaNeed(p.visaNeed().name())
                .setPreferredSpecialties(p.preferredSpecialties().stream().map(Enum::name).toArray(String[]::new))
                .setPreferredRegions(p.preferredRegions().stream().map(Enum::name).toArray(String[]::new))
                .setSettingPreference(p.settingPreference().name())
                .setResearchItems(p.researchItems())
                .setUpdatedAt(now)
                .setVersion(0);
    }
}
