package com.smartpick.advising.roster;

import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One valid line of a roster file; the e-mail is lower-cased, every text is trimmed and in Unicode NFC. */
record RosterStudent(int line, String name, String email, @Nullable String medicalSchool, @Nullable String country,
        @Nullable Integer graduationYear, @Nullable Integer step2ckScore, @Nullable String preferredSpecialty) {

    boolean hasProfile() {
        return medicalSchool != null || country != null || graduationYear != null || step2ckScore != null
                || preferredSpecialty != null;
    }

    /** The profile the roster starts for the student, when they keep none yet: what the file says, the rest unknown. */
    ApplicantProfile profile(long studentId) {
        ApplicantProfile empty = ApplicantProfile.empty(studentId);
        return new ApplicantProfile(studentId, medicalSchool, country, graduationYear, empty.ecfmgCertified(),
                empty.step1Result(), empty.step1Attempts(), step2ckScore, step2ckScore == null ? 0 : 1,
                empty.step3Result(), empty.visaNeed(),
                preferredSpecialty == null ? List.of() : List.of(Specialty.valueOf(preferredSpecialty)),
                empty.preferredRegions(), empty.settingPreference(), empty.researchItems(), ApplicantProfile.NEW);
    }
}
