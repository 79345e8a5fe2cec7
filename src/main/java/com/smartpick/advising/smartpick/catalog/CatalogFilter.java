package com.smartpick.advising.smartpick.catalog;

import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.ProgramType;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog view is narrowed to; null means any.
 *
 * @param state a two-letter state code
 * @param sponsors programs that sponsor this visa ({@link VisaNeed#NONE}: any)
 * @param text part of the program's name, institution or id
 * @param active only active (true) or only inactive (false) programs
 */
public record CatalogFilter(@Nullable Specialty specialty, @Nullable String state, @Nullable CensusDivision division,
        @Nullable ProgramType type, @Nullable VisaNeed sponsors, String text, @Nullable Boolean active) {

    public static final CatalogFilter NONE = new CatalogFilter(null, null, null, null, null, "", null);
    public static final int MAX_TEXT = 100;

    public CatalogFilter {
        text = text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        state = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
    }
}
