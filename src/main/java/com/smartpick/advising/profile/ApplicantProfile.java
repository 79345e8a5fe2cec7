package com.smartpick.advising.profile;

import com.smartpick.advising.base.UserText;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An IMG's applicant profile, what SmartPick ranks from. {@code version} is the optimistic-lock version the editor read;
 * {@link #NEW} marks a profile that was never saved. Its typed text is cleaned ({@link UserText}) on construction, so
 * the rules measure, and the database stores, what will be shown.
 */
public record ApplicantProfile(
        long studentId,
        @Nullable String medicalSchool,
        @Nullable String schoolCountry,
        @Nullable Integer graduationYear,
        boolean ecfmgCertified,
        ExamResult step1Result,
        int step1Attempts,
        @Nullable Integer step2ckScore,
        int step2ckAttempts,
        ExamResult step3Result,
        VisaNeed visaNeed,
        List<Specialty> preferredSpecialties,
        List<CensusDivision> preferredRegions,
        AreaPreference settingPreference,
        int researchItems,
        int version) {

    public static final int NEW = -1;

    public ApplicantProfile {
        medicalSchool = UserText.lineOrNull(medicalSchool);
        schoolCountry = UserText.lineOrNull(schoolCountry);
        preferredSpecialties = List.copyOf(preferredSpecialties);
        preferredRegions = List.copyOf(preferredRegions);
    }

    public static ApplicantProfile empty(long studentId) {
        return new ApplicantProfile(studentId, null, null, null, false, ExamResult.NOT_TAKEN, 0, null, 0,
                ExamResult.NOT_TAKEN, VisaNeed.NONE, List.of(), List.of(), AreaPreference.ANY, 0, NEW);
    }

    public boolean isNew() {
        return version == NEW;
    }
}
