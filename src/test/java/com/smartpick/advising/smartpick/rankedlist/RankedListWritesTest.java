package com.smartpick.advising.smartpick.rankedlist;

import static com.smartpick.advising.jooq.Tables.RANKED_ENTRY;
import static com.smartpick.advising.jooq.Tables.RANKED_LIST;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.StatementCounter;
import com.smartpick.advising.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a change to a list writes, row by row, and what reading and changing a list costs in statements: a write names
 * its rows by id and touches exactly those (not even rewriting others with the values they had), whatever else the
 * database holds; a list is read in a fixed number of statements whatever its size.
 */
@AdvisingTest
@Transactional
@Import(StatementCounter.Registration.class)
class RankedListWritesTest {

    private static final Field<String> ROW_VERSION = DSL.field("ctid::text", String.class);

    @Autowired DSLContext db;
    @Autowired RankedListService lists;
    TestData.World world;
    /** Student A's newer version, the one changed; student A's older one and student B's list are not to change. */
    RankedList mine;
    RankedList earlier;

    @BeforeEach
    void lists() {
        world = new TestData(db).world();
        SignIn.as(world.advisorB());
        lists.run(world.studentB().personId(), Specialty.INTERNAL_MEDICINE, 20, RecordedInputs.NONE);
        SignIn.as(world.advisorA());
        earlier = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 20, RecordedInputs.NONE);
        mine = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 20, RecordedInputs.NONE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void pinning_excluding_and_including_write_that_entry_and_the_lists_version_and_nothing_else() {
        ListEntry fifth = mine.entries().get(4);

        Map<Long, String> before = entries();
        RankedList pinned = lists.pin(mine.id(), mine.version(), fifth.id(), true);
        assertThat(changed(before, entries())).containsExactly(fifth.id());
        assertThat(db.fetchValue(RANKED_ENTRY.PINNED, RANKED_ENTRY.ID.eq(fifth.id()))).isTrue();

        before = entries();
        RankedList excluded = lists.exclude(mine.id(), pinned.version(), fifth.id(), "Too far from family");
        assertThat(changed(before, entries())).containsExactly(fifth.id());
        assertThat(db.fetchValue(RANKED_ENTRY.EXCLUDE_REASON, RANKED_ENTRY.ID.eq(fifth.id()))).isEqualTo("Too far from family");

        Map<Long, String> listsBefore = listRows();
        before = entries();
        RankedList included = lists.include(mine.id(), excluded.version(), fifth.id());
        assertThat(changed(before, entries())).containsExactly(fifth.id());
        assertThat(changed(listsBefore, listRows())).containsExactly(mine.id());
        assertThat(included.version()).isEqualTo(excluded.version() + 1);
        assertThat(included.entries().get(4)).satisfies(entry -> {
            assertThat(entry.pinned()).isTrue();
            assertThat(entry.excluded()).isFalse();
        });
    }

    @Test
    void a_move_renumbers_only_the_entries_between_its_two_places_and_keeps_every_place_taken_once() {
        List<Long> order = new ArrayList<>(mine.entries().stream().map(ListEntry::id).toList());

        Map<Long, String> before = entries();
        RankedList down = lists.move(mine.id(), mine.version(), order.get(4), 12);
        order.add(11, order.remove(4));
        assertThat(changed(before, entries())).containsExactlyInAnyOrderElementsOf(order.subList(4, 12));
        assertThat(down.entries()).extracting(ListEntry::id).containsExactlyElementsOf(order);
        assertThat(down.entries()).extracting(ListEntry::position).containsExactlyElementsOf(places(20));

        before = entries();
        RankedList up = lists.move(mine.id(), down.version(), order.get(14), 3);
        order.add(2, order.remove(14));
        assertThat(changed(before, entries())).containsExactlyInAnyOrderElementsOf(order.subList(2, 15));
        assertThat(up.entries()).extracting(ListEntry::id).containsExactlyElementsOf(order);
        assertThat(up.entries()).extracting(ListEntry::position).containsExactlyElementsOf(places(20));
        assertThat(lists.list(earlier.id())).isEqualTo(earlier);
    }

    @Test
    void a_step_of_the_workflow_writes_that_lists_row_only_and_publishing_also_the_version_it_supersedes() {
        Map<Long, String> entriesBefore = entries();
        Map<Long, String> before = listRows();
        RankedList inReview = lists.submitForReview(earlier.id(), earlier.version());
        assertThat(changed(before, listRows())).containsExactly(earlier.id());
        RankedList published = lists.publish(earlier.id(), lists.approve(earlier.id(), inReview.version()).version());

        before = listRows();
        lists.publish(mine.id(), lists.approve(mine.id(), lists.submitForReview(mine.id(), mine.version()).version()).version());
        assertThat(changed(before, listRows())).containsExactlyInAnyOrder(mine.id(), published.id());
        assertThat(changed(entriesBefore, entries())).isEmpty();
    }

    @Test
    void an_annotation_is_one_new_row_and_changes_no_entry() {
        Map<Long, String> before = entries();
        Map<Long, String> listsBefore = listRows();

        Annotation note = lists.annotate(mine.id(), mine.entries().get(2).id(), AnnotationKind.NOTE, "Apply early.");

        assertThat(changed(before, entries())).isEmpty();
        assertThat(changed(listsBefore, listRows())).isEmpty();
        assertThat(note.entryId()).isEqualTo(mine.entries().get(2).id());
        assertThat(lists.list(mine.id()).entries().get(2).annotations()).containsExactly(note);
    }

    @Test
    void a_list_is_read_in_the_same_few_statements_whatever_its_size_and_its_annotations() {
        RankedList large = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 120, RecordedInputs.NONE);
        for (int i = 0; i < 30; i++) {
            lists.annotate(large.id(), large.entries().get(i * 4).id(), AnnotationKind.NOTE, "Note " + i);
        }

        int small = StatementCounter.INSTANCE.during(() -> lists.list(mine.id()));
        assertThat(StatementCounter.INSTANCE.during(() -> lists.list(large.id()))).isEqualTo(small);
        // the header, the entries with their annotations, the read's audit event
        assertThat(small).isEqualTo(3);
        assertThat(lists.list(large.id()).entries()).hasSize(120)
                .flatExtracting(ListEntry::annotations).hasSize(30);
    }

    @Test
    void a_change_to_an_entry_costs_the_same_statements_whatever_the_lists_size() {
        RankedList large = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 120, RecordedInputs.NONE);

        int onSmall = StatementCounter.INSTANCE.during(() -> lists.pin(mine.id(), mine.version(), mine.entries().get(0).id(), true));
        int onLarge = StatementCounter.INSTANCE.during(() -> lists.pin(large.id(), large.version(), large.entries().get(0).id(), true));
        int moveOnLarge = StatementCounter.INSTANCE.during(() -> lists.move(large.id(), large.version() + 1,
                large.entries().get(100).id(), 2));

        assertThat(onLarge).isEqualTo(onSmall);
        assertThat(moveOnLarge).isEqualTo(onSmall);
        // the list's state, the entry, the version, the write, the audit event, the list as it now is (2)
        assertThat(onSmall).isEqualTo(7);
    }

    private static List<Integer> places(int size) {
        return IntStream.rangeClosed(1, size).boxed().toList();
    }

    /**
     * Where each entry of every list in the database lies: PostgreSQL writes a new row version for every UPDATE, even
     * one that sets the values a row already had, so a row whose place changed was touched.
     */
    private Map<Long, String> entries() {
        return db.select(RANKED_ENTRY.ID, ROW_VERSION).from(RANKED_ENTRY).fetchMap(RANKED_ENTRY.ID, ROW_VERSION);
    }

    private Map<Long, String> listRows() {
        return db.select(RANKED_LIST.ID, ROW_VERSION).from(RANKED_LIST).fetchMap(RANKED_LIST.ID, ROW_VERSION);
    }

    /** The ids of the rows touched in between; a row that appeared or went counts too. */
    private static Set<Long> changed(Map<Long, String> before, Map<Long, String> after) {
        return Stream.concat(before.keySet().stream(), after.keySet().stream())
                .filter(id -> !Objects.equals(before.get(id), after.get(id)))
                .collect(Collectors.toSet());
    }
}
