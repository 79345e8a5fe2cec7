package com.smartpick.advising.smartpick.rankedlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed from one version of a list to the next, program by program: added, removed, moved (its place among
 * the kept entries differs) and probability changed (by at least {@link #PROBABILITY_STEP}, so rounding noise in a
 * rerun is not reported as news).
 */
public record ListDiff(int fromListNo, int toListNo, List<Change> added, List<Change> removed, List<Change> moved,
        List<Change> probabilityChanged) {

    /** Half a percentage point: the views show whole percentages. */
    public static final double PROBABILITY_STEP = 0.005;

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        moved = List.copyOf(moved);
        probabilityChanged = List.copyOf(probabilityChanged);
    }

    /**
     * One program's change; places are 1-based among the kept entries, 0 where the program is not on that version.
     */
    public record Change(String programId, String programName, int placeBefore, int placeAfter,
            double probabilityBefore, double probabilityAfter) {
    }

    public static ListDiff between(RankedList before, RankedList after) {
        Map<String, Placed> old = placed(before.keptEntries());
        Map<String, Placed> now = placed(after.keptEntries());
        List<Change> added = new ArrayList<>();
        List<Change> moved = new ArrayList<>();
        List<Change> probabilityChanged = new ArrayList<>();
        now.forEach((programId, current) -> {
            Placed previous = old.get(programId);
            if (previous == null) {
                added.add(new Change(programId, current.entry.programName(), 0, current.place, 0, current.entry.probability()));
                return;
            }
            Change change = new Change(programId, current.entry.programName(), previous.place, current.place,
                    previous.entry.probability(), current.entry.probability());
            if (previous.place != current.place) {
                moved.add(change);
            }
            if (Math.abs(previous.entry.probability() - current.entry.probability()) >= PROBABILITY_STEP) {
                probabilityChanged.add(change);
            }
        });
        List<Change> removed = new ArrayList<>();
        old.forEach((programId, previous) -> {
            if (!now.containsKey(programId)) {
                removed.add(new Change(programId, previous.entry.programName(), previous.place, 0,
                        previous.entry.probability(), 0));
            }
        });
        return new ListDiff(before.listNo(), after.listNo(), added, removed, moved, probabilityChanged);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && probabilityChanged.isEmpty();
    }

    private record Placed(ListEntry entry, int place) {
    }

    private static Map<String, Placed> placed(List<ListEntry> kept) {
        Map<String, Placed> byProgram = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            byProgram.put(kept.get(i).programId(), new Placed(kept.get(i), i + 1));
        }
        return byProgram;
    }
}
