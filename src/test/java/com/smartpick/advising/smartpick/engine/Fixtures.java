package com.smartpick.advising.smartpick.engine;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Test data: a median IMG and a plain program, varied one field at a time. */
final class Fixtures {

    static final Weights WEIGHTS = Weights.loadDefault();
    static final Season SEASON = Season.loadDefault();

    private Fixtures() {
    }

    /** Step 2 CK 240, needs a J-1, 6 months of hands-on USCE, graduated two years before the season. */
    static Applicant medianImg() {
        return applicant(240, VisaNeed.J1, 6, 2024, 1);
    }

    static Applicant applicant(@Nullable Integer step2, VisaNeed visa, int usceMonths, int graduationYear,
            int attempts) {
        return new Applicant(graduationYear, true, true, attempts, step2, attempts, false, visa,
                List.of(Specialty.INTERNAL_MEDICINE), Set.of(CensusDivision.MIDDLE_ATLANTIC), SettingPreference.ANY,
                2, usceMonths, 2, 3, Set.of(CensusDivision.MIDDLE_ATLANTIC), 2026);
    }

    static Program program(String id) {
        return new Program(id, "Program " + id, Specialty.INTERNAL_MEDICINE, "Hospital " + id, "Newark", "NJ",
                CensusDivision.MIDDLE_ATLANTIC, ProgramType.COMMUNITY, 12, 40, true, true, null, null, false, null,
                null);
    }

    static Program withVisa(Program p, boolean j1, boolean h1b) {
        return new Program(p.id(), p.name(), p.specialty(), p.institution(), p.city(), p.state(), p.division(),
                p.type(), p.positions(), p.percentImgResidents(), j1, h1b, p.minimumStep2Ck(), p.yogLimitYears(),
                p.usceRequired(), p.maxAttemptsAccepted(), p.medianStep2Ck());
    }

    static Program withRequirements(Program p, @Nullable Integer minStep2, @Nullable Integer yogLimit,
            boolean usceRequired, @Nullable Integer maxAttempts) {
        return new Program(p.id(), p.name(), p.specialty(), p.institution(), p.city(), p.state(), p.division(),
                p.type(), p.positions(), p.percentImgResidents(), p.sponsorsJ1(), p.sponsorsH1b(), minStep2, yogLimit,
                usceRequired, maxAttempts, p.medianStep2Ck());
    }

    static Program inSpecialty(Program p, Specialty specialty, String id) {
        return new Program(id, p.name(), specialty, p.institution(), p.city(), p.state(), p.division(), p.type(),
                p.positions(), p.percentImgResidents(), p.sponsorsJ1(), p.sponsorsH1b(), p.minimumStep2Ck(),
                p.yogLimitYears(), p.usceRequired(), p.maxAttemptsAccepted(), 240);
    }
}
