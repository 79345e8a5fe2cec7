package com.smartpick.advising.profile;

import com.smartpick.advising.jooq.tables.records.ApplicantProfileRecord;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import java.util.Arrays;
import java.util.List;

/** A stored profile row as the domain's record: the repository and {@link StoredProfiles} read the same way. */
final class ProfileRows {

    private ProfileRows() {
    }

    static ApplicantProfile profile(ApplicantProfileRecord r) {
        return new ApplicantProfile(r.getStudentId(), r.getMedicalSchool(), r.getSchoolCountry(), r.getGraduationYear(),
                r.getEcfmgCertified(), ExamResult.valueOf(r.getStep1Result()), r.getStep1Attempts(), r.getStep2ckScore(),
                r.getStep2ckAttempts(), ExamResult.valueOf(r.getStep3Result()), VisaNeed.valueOf(r.getVisaNeed()),
                enums(r.getPreferredSpecialties(), Specialty.class), enums(r.getPreferredRegions(), CensusDivision.class),
                AreaPreference.valueOf(r.getSettingPreference()), r.getResearchItems(), r.getVersion());
    }

    private static <E extends Enum<E>> List<E> enums(String[] names, Class<E> type) {
        return Arrays.stream(names).map(n -> Enum.valueOf(type, n)).toList();
    }
}
