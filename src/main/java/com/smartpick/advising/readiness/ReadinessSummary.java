package com.smartpick.advising.readiness;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Figures over the filtered students: how many, how many without any flag, how many under each flag. */
public record ReadinessSummary(int students, int ready, Map<Flag, Integer> flagged, @Nullable Double averageStep2ck) {

    public ReadinessSummary {
        flagged = Map.copyOf(flagged);
    }

    public int flagged(Flag flag) {
        return flagged.getOrDefault(flag, 0);
    }
}
