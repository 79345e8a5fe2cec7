package com.smartpick.advising.experience;

import java.util.Set;

/**
 * What a student's verified records add up to.
 *
 * @param handsOnUsceMonths US clinical months with hands-on patient care, overlapping periods counted once
 * @param observershipUsceMonths US clinical months of observation only, overlapping periods counted once
 * @param alignedRecords verified clinical records in one of the student's preferred specialties
 * @param clinicalRecords verified clinical records in all
 * @param settings the distinct settings of the verified records (setting diversity)
 */
public record ExperienceSummary(double handsOnUsceMonths, double observershipUsceMonths, int alignedRecords,
        int clinicalRecords, Set<Setting> settings) {

    public ExperienceSummary {
        settings = Set.copyOf(settings);
    }

    /** Share of clinical records in a preferred specialty, 0 to 100; 0 when there are none. */
    public int alignmentPercent() {
        return clinicalRecords == 0 ? 0 : Math.round(100f * alignedRecords / clinicalRecords);
    }
}
