package com.smartpick.advising.cohort;

import com.smartpick.advising.security.PersonSummary;
import java.util.List;

/**
 * A cohort back from the archive, and the students it could not take back: they were enrolled in another cohort
 * while it was archived, so they are withdrawn from this one instead (a student has one current enrollment).
 */
public record Restored(Cohort cohort, List<PersonSummary> withdrawn) {

    public Restored {
        withdrawn = List.copyOf(withdrawn);
    }
}
