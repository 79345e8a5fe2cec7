package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Tier;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One program on a stored list, as it stood when SmartPick ran (the catalog may have changed since), with the
 * advisors' overrides and the staff's annotations.
 *
 * @param rank the engine's rank
 * @param position where the entry stands now, after advisors moved entries
 * @param explanation the explanation's factor lines, one per term of the model
 */
public record ListEntry(long id, int rank, int position, String programId, String programName, String institution,
        String city, String state, boolean sponsorsJ1, boolean sponsorsH1b, Tier tier, double probability, int cost,
        @Nullable SignalTier signal, String summary, List<String> explanation, boolean pinned, boolean excluded,
        @Nullable String excludeReason, List<Annotation> annotations) {

    public ListEntry {
        explanation = List.copyOf(explanation);
        annotations = List.copyOf(annotations);
    }

    public ListEntry withAnnotations(List<Annotation> annotations) {
        return new ListEntry(id, rank, position, programId, programName, institution, city, state, sponsorsJ1,
                sponsorsH1b, tier, probability, cost, signal, summary, explanation, pinned, excluded, excludeReason,
                annotations);
    }

    /** The same entry at another place: all that a move changes about the entries it passes. */
    public ListEntry atPosition(int place) {
        return new ListEntry(id, rank, place, programId, programName, institution, city, state, sponsorsJ1,
                sponsorsH1b, tier, probability, cost, signal, summary, explanation, pinned, excluded, excludeReason,
                annotations);
    }
}
