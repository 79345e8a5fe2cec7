package com.smartpick.advising.profile;

import com.smartpick.advising.smartpick.engine.VisaNeed;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileRulesTest {

    static final Year THIS_YEAR = Year.of(2026);

    static ApplicantProfile valid() {
        return new ApplicantProfile(1, "Aga Khan University", "Pakistan", 2021, true, ExamResult.PASS, 1, 241, 1,
                ExamResult.NOT_TAKEN, VisaNeed.J1, List.of(Specialty.INTERNAL_MEDICINE), List.of(CensusDivision.MIDDLE_ATLANTIC),
                AreaPreference.URBAN, 2, ApplicantProfile.NEW);
    }

    static Map<String, String> check(ApplicantProfile p) {
        return ProfileRules.check(p, THIS_YEAR);
    }

    @Test
    void a_complete_profile_keeps_every_rule() {
        assertThat(check(valid())).isEmpty();
    }

    @Test
    void school_country_and_year_are_required() {
        ApplicantProfile v = valid();
        var p = new ApplicantProfile(1, " ", null, null, false, v.step1Result(), 1, v.step2ckScore(), 1, v.step3Result(),
                v.visaNeed(), v.preferredSpecialties(), v.preferredRegions(), v.settingPreference(), 0, v.version());
        assertThat(check(p)).containsOnlyKeys("medicalSchool", "schoolCountry", "graduationYear");
    }

    @Test
    void a_us_or_canadian_school_is_not_an_international_graduate() {
        ApplicantProfile v = valid();
        for (String country : List.of("United States", "usa", "Canada")) {
            var p = new ApplicantProfile(1, v.medicalSchool(), country, 2021, v.ecfmgCertified(), v.step1Result(), 1,
                    v.step2ckScore(), 1, v.step3Result(), v.visaNeed(), v.preferredSpecialties(), v.preferredRegions(),
                    v.settingPreference(), 0, v.version());
            assertThat(check(p)).containsKey("schoolCountry");
        }
    }

    @Test
    void a_graduation_year_too_far_ahead_or_back_is_refused() {
        ApplicantProfile v = valid();
        for (int year : List.of(1969, 2033)) {
            var p = new ApplicantProfile(1, v.medicalSchool(), v.schoolCountry(), year, v.ecfmgCertified(), v.step1Result(),
                    1, v.step2ckScore(), 1, v.step3Result(), v.visaNeed(), v.preferredSpecialties(), v.preferredRegions(),
                    v.settingPreference(), 0, v.version());
            assertThat(check(p).get("graduationYear")).contains("1970").contains("2032");
        }
    }

    @Test
    void scores_and_attempts_must_agree() {
        ApplicantProfile v = valid();
        var scoreWithoutAttempt = new ApplicantProfile(1, v.medicalSchool(), v.schoolCountry(), 2021, false,
                ExamResult.NOT_TAKEN, 2, 301, 0, v.step3Result(), v.visaNeed(), List.of(), List.of(), v.settingPreference(), 0, -1);
        assertThat(check(scoreWithoutAttempt)).containsKeys("step1Attempts", "step2ckScore");
        var attemptWithoutScore = new ApplicantProfile(1, v.medicalSchool(), v.schoolCountry(), 2021, false,
                ExamResult.PASS, 0, null, 1, v.step3Result(), v.visaNeed(), List.of(), List.of(), v.settingPreference(), 0, -1);
        assertThat(check(attemptWithoutScore)).containsKeys("step1Attempts", "step2ckScore");
    }

    @Test
    void ecfmg_certification_needs_passed_steps() {
        ApplicantProfile v = valid();
        var failedStep2 = new ApplicantProfile(1, v.medicalSchool(), v.schoolCountry(), 2021, true, ExamResult.PASS, 1, 205, 1,
                v.step3Result(), v.visaNeed(), List.of(), List.of(), v.settingPreference(), 0, -1);
        assertThat(check(failedStep2)).containsOnlyKeys("ecfmgCertified");
    }

    @Test
    void at_most_three_distinct_specialties_and_three_regions() {
        ApplicantProfile v = valid();
        var p = new ApplicantProfile(1, v.medicalSchool(), v.schoolCountry(), 2021, v.ecfmgCertified(), v.step1Result(), 1,
                v.step2ckScore(), 1, v.step3Result(), v.visaNeed(),
                List.of(Specialty.PSYCHIATRY, Specialty.PSYCHIATRY),
                List.of(CensusDivision.PACIFIC, CensusDivision.MOUNTAIN, CensusDivision.NEW_ENGLAND, CensusDivision.MIDDLE_ATLANTIC),
                v.settingPreference(), 0, v.version());
        assertThat(check(p)).containsOnlyKeys("preferredSpecialties", "preferredRegions");
    }
}
