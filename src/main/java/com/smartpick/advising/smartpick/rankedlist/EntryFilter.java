package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.Tier;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import org.jspecify.annotations.Nullable;

/**
 * The list view's filters; null or {@link VisaNeed#NONE} means "any".
 *
 * @param visa keep only programs that sponsor this visa
 * @param annotatedOnly keep only entries someone annotated
 */
public record EntryFilter(@Nullable Tier tier, @Nullable String state, @Nullable VisaNeed visa, boolean annotatedOnly) {

    public static final EntryFilter NONE = new EntryFilter(null, null, null, false);

    public boolean test(ListEntry entry) {
        return (tier == null || entry.tier() == tier)
                && (state == null || entry.state().equals(state))
                && (visa == null || switch (visa) {
                    case NONE -> true;
                    case J1 -> entry.sponsorsJ1();
                    case H1B -> entry.sponsorsH1b();
                    case EITHER -> entry.sponsorsJ1() || entry.sponsorsH1b();
                })
                && (!annotatedOnly || !entry.annotations().isEmpty());
    }
}
