package com.smartpick.advising.tracker;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The seasons a student's tracker has, newest first: the one under way and every earlier one tracked.
 *
 * @param newestTracked the newest season with a program tracked, or null for none
 */
public record TrackerSeasons(List<Integer> all, int underWay, @Nullable Integer newestTracked) {

    public TrackerSeasons {
        all = List.copyOf(all);
    }

    /**
     * The season a page opens on: the newest one tracked, so a student whose season is over is seen as it ended, not
     * as an empty season under way; the one under way when nothing is tracked yet.
     */
    public int opening() {
        return newestTracked == null ? underWay : newestTracked;
    }
}
