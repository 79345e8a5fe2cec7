package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.ProgramType;
import com.smartpick.advising.smartpick.engine.Specialty;
import org.jspecify.annotations.Nullable;

/**
 * A program as someone typed it (in the edit form) or wrote it (a CSV line), before {@link ProgramRules} has
 * passed it: anything may be missing or out of bounds here, which a {@link Program} never is.
 */
public record ProgramDraft(
        String code,
        String name,
        @Nullable Specialty specialty,
        String institution,
        String city,
        String state,
        @Nullable CensusDivision division,
        @Nullable ProgramType type,
        @Nullable Integer positions,
        @Nullable Integer percentImg,
        boolean sponsorsJ1,
        boolean sponsorsH1b,
        @Nullable Integer minStep2Ck,
        @Nullable Integer yogLimitYears,
        boolean usceRequired,
        @Nullable Integer maxAttempts,
        @Nullable Integer medianStep2Ck) {

    public static ProgramDraft of(Program p) {
        return new ProgramDraft(p.id(), p.name(), p.specialty(), p.institution(), p.city(), p.state(), p.division(),
                p.type(), p.positions(), p.percentImgResidents(), p.sponsorsJ1(), p.sponsorsH1b(), p.minimumStep2Ck(),
                p.yogLimitYears(), p.usceRequired(), p.maxAttemptsAccepted(), p.medianStep2Ck());
    }
}
