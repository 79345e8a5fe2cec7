package com.smartpick.advising.smartpick.rankedlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.MarginalValue;
import com.smartpick.advising.smartpick.engine.MatchChance;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.Tier;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListDiffTest {

    @Test
    void it_names_what_was_added_removed_moved_and_what_changed_its_probability() {
        RankedList before = list(1, entry("A", 0.40), entry("B", 0.30), entry("C", 0.20), entry("D", 0.10));
        RankedList after = list(2, entry("B", 0.33), entry("A", 0.40), entry("C", 0.202), entry("E", 0.05));

        ListDiff diff = ListDiff.between(before, after);

        assertThat(diff.fromListNo()).isEqualTo(1);
        assertThat(diff.toListNo()).isEqualTo(2);
        assertThat(diff.added()).extracting(ListDiff.Change::programId).containsExactly("E");
        assertThat(diff.added().get(0).placeAfter()).isEqualTo(4);
        assertThat(diff.removed()).extracting(ListDiff.Change::programId).containsExactly("D");
        assertThat(diff.removed().get(0).placeBefore()).isEqualTo(4);
        assertThat(diff.moved()).extracting(c -> c.programId() + " #" + c.placeBefore() + "→#" + c.placeAfter())
                .containsExactly("B #2→#1", "A #1→#2");
        // C moved by 0.2 of a point: rounding noise, not news
        assertThat(diff.probabilityChanged()).extracting(ListDiff.Change::programId).containsExactly("B");
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void an_excluded_entry_counts_as_removed_and_the_kept_entries_close_ranks() {
        RankedList before = list(1, entry("A", 0.4), entry("B", 0.3), entry("C", 0.2));
        List<ListEntry> entries = new ArrayList<>(before.entries());
        ListEntry a = entries.get(0);
        entries.set(0, new ListEntry(a.id(), a.rank(), a.position(), a.programId(), a.programName(), a.institution(), a.city(),
                a.state(), a.sponsorsJ1(), a.sponsorsH1b(), a.tier(), a.probability(), a.cost(), a.signal(), a.summary(),
                a.explanation(), false, true, "Too far", List.of()));
        RankedList after = list(2, entries.toArray(ListEntry[]::new));

        ListDiff diff = ListDiff.between(before, after);

        assertThat(diff.removed()).extracting(ListDiff.Change::programId).containsExactly("A");
        assertThat(diff.moved()).extracting(ListDiff.Change::programId).containsExactly("B", "C");
        assertThat(diff.added()).isEmpty();
    }

    @Test
    void the_same_list_twice_has_no_changes() {
        RankedList list = list(1, entry("A", 0.4), entry("B", 0.3));
        assertThat(ListDiff.between(list, list).isEmpty()).isTrue();
    }

    private static ListEntry entry(String programId, double probability) {
        return new ListEntry(programId.hashCode(), 1, 1, programId, "Program " + programId, "Hospital", "Newark", "NJ",
                true, true, Tier.TARGET, probability, 11, null, "summary", List.of("line"), false, false, null, List.of());
    }

    private static RankedList list(int listNo, ListEntry... entries) {
        List<ListEntry> placed = new ArrayList<>();
        for (int i = 0; i < entries.length; i++) {
            ListEntry e = entries[i];
            placed.add(new ListEntry(e.id(), i + 1, i + 1, e.programId(), e.programName(), e.institution(), e.city(), e.state(),
                    e.sponsorsJ1(), e.sponsorsH1b(), e.tier(), e.probability(), e.cost(), e.signal(), e.summary(),
                    e.explanation(), e.pinned(), e.excluded(), e.excludeReason(), e.annotations()));
        }
        MarginalValue none = new MarginalValue(0, 0, 0);
        return new RankedList(listNo, 7, "Student", listNo, ListStatus.DRAFT, Specialty.INTERNAL_MEDICINE, entries.length, null,
                RecordedInputs.NONE, 0, 100, 50, new MatchChance(0.5, 0.3, 0.7), 1.0, null, 11 * entries.length, none, none,
                List.of(), List.of(), "", List.of(), "", "Advisor",
                OffsetDateTime.now(), 0, null, placed);
    }
}
