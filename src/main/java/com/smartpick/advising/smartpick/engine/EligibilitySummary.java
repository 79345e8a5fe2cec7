package com.smartpick.advising.smartpick.engine;

import java.util.Map;

/**
 * What the hard filters and the advisor did to the specialty's programs.
 *
 * @param considered programs of the specialty in the catalog
 * @param eligible programs left after the filters
 * @param excludedByReason each filtered program counted once, under its first failing reason
 * @param excludedByAdvisor eligible programs the advisor took off the list
 */
public record EligibilitySummary(int considered, int eligible, Map<IneligibilityReason, Integer> excludedByReason,
        int excludedByAdvisor) {

    public EligibilitySummary {
        excludedByReason = Map.copyOf(excludedByReason);
    }

    public int excluded() {
        return considered - eligible;
    }
}
