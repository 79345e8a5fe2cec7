package com.smartpick.advising.season;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A milestone's date in the published calendar, with where it comes from. {@code estimate}: derived from an earlier
 * season's published date, not published for this season in the sources at hand.
 */
public record DefaultDate(Milestone milestone, LocalDate starts, @Nullable LocalDate ends, String source,
        boolean estimate) {
}
