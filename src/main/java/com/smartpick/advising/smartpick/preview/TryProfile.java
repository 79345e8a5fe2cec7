package com.smartpick.advising.smartpick.preview;

import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor enters on the public page, as typed: anything may be missing or out of bounds until
 * {@link PreviewService} has checked it.
 *
 * @param step2Ck null when the visitor has no score yet
 * @param attempts the most attempts on any USMLE Step
 * @param observershipMonths months of US observerships (watching, not treating), apart from hands-on experience
 * @param applications the budget, in programs applied to in the specialty
 */
public record TryProfile(@Nullable Specialty specialty, @Nullable Integer step2Ck, @Nullable Integer attempts,
        @Nullable Integer graduationYear, @Nullable VisaNeed visaNeed, @Nullable Integer handsOnUsceMonths,
        @Nullable Integer observershipMonths, @Nullable Integer usLetters, @Nullable Integer researchItems, Set<CensusDivision> preferredDivisions,
        @Nullable Integer applications) {

    public TryProfile {
        preferredDivisions = Set.copyOf(preferredDivisions);
    }
}
