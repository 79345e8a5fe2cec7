package com.smartpick.advising.smartpick.engine.bench;

import com.smartpick.advising.smartpick.engine.Applicant;
import com.smartpick.advising.smartpick.engine.ApplicantRun;
import com.smartpick.advising.smartpick.engine.Budget;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.RunOptions;
import com.smartpick.advising.smartpick.engine.SettingPreference;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded applicants for the benchmarks, spread like an IMG cohort. */
final class BenchmarkData {

    private static final Specialty[] COHORT_SPECIALTIES = {Specialty.INTERNAL_MEDICINE, Specialty.INTERNAL_MEDICINE,
        Specialty.INTERNAL_MEDICINE, Specialty.FAMILY_MEDICINE, Specialty.PEDIATRICS, Specialty.PSYCHIATRY,
        Specialty.NEUROLOGY, Specialty.PATHOLOGY, Specialty.GENERAL_SURGERY, Specialty.ANESTHESIOLOGY};

    private BenchmarkData() {
    }

    static Applicant medianImg() {
        return new Applicant(2024, true, true, 1, 240, 1, false, VisaNeed.J1, List.of(Specialty.INTERNAL_MEDICINE),
                Set.of(CensusDivision.MIDDLE_ATLANTIC, CensusDivision.EAST_NORTH_CENTRAL), SettingPreference.ANY,
                2, 6, 2, 3, Set.of(CensusDivision.MIDDLE_ATLANTIC), 2026);
    }

    static List<ApplicantRun> cohort(int size, long seed) {
        Random random = new Random(seed);
        CensusDivision[] divisions = CensusDivision.values();
        List<ApplicantRun> runs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Specialty specialty = COHORT_SPECIALTIES[random.nextInt(COHORT_SPECIALTIES.length)];
            Applicant applicant = new Applicant(2016 + random.nextInt(10), random.nextInt(5) > 0, true,
                    1 + (random.nextInt(6) == 0 ? 1 : 0), 215 + random.nextInt(50), 1, random.nextBoolean(),
                    VisaNeed.values()[random.nextInt(3)], List.of(specialty),
                    Set.of(divisions[random.nextInt(divisions.length)]), SettingPreference.ANY,
                    random.nextInt(8), random.nextInt(13), random.nextInt(6), random.nextInt(5),
                    Set.of(divisions[random.nextInt(divisions.length)]), 2026);
            runs.add(new ApplicantRun(applicant,
                    RunOptions.of(specialty, Budget.applications(40 + random.nextInt(80)))));
        }
        return runs;
    }
}
