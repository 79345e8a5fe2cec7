package com.smartpick.advising.smartpick.rankedlist;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class RankedListServiceTest {

    @Autowired DSLContext db;
    @Autowired RankedListService lists;
    @Autowired CohortBatch batch;
    @Autowired CohortService cohorts;
    @Autowired AuditService audit;
    TestData data;
    TestData.World world;

    @BeforeEach
    void world() {
        data = new TestData(db);
        world = data.world();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    RankedList runForStudentA() {
        SignIn.as(world.advisorA());
        return lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 30, RecordedInputs.NONE);
    }

    @Test
    void a_run_keeps_a_draft_snapshot_of_every_entry_and_is_audited() {
        RankedList list = runForStudentA();

        assertThat(list.status()).isEqualTo(ListStatus.DRAFT);
        assertThat(list.listNo()).isEqualTo(1);
        assertThat(list.entries()).hasSize(30);
        ListEntry first = list.entries().get(0);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.programName()).isNotBlank();
        assertThat(first.summary()).isNotBlank();
        assertThat(first.explanation()).isNotEmpty();
        assertThat(list.entries()).extracting(ListEntry::rank)
                .containsExactly(IntStream.rangeClosed(1, 30).boxed().toArray(Integer[]::new));
        assertThat(list.curve()).isNotEmpty();
        assertThat(list.matchChance().estimate()).isEqualTo(list.curve().get(list.keptEntries().size() - 1).chance());
        assertThat(list.inputs()).isEqualTo(RecordedInputs.NONE);
        assertThat(actions(list.id())).containsExactly("rankedlist.run");
    }

    @Test
    void the_workflow_runs_draft_review_approved_published_and_the_student_sees_only_the_published_version() {
        RankedList list = runForStudentA();
        long id = list.id();

        SignIn.as(world.studentA());
        assertThat(lists.myPublishedList()).isEmpty();
        assertThatThrownBy(() -> lists.list(id)).isInstanceOf(NotFoundException.class);

        SignIn.as(world.advisorA());
        list = lists.submitForReview(id, list.version());
        assertThat(list.status()).isEqualTo(ListStatus.IN_REVIEW);
        list = lists.approve(id, list.version());
        assertThat(list.status()).isEqualTo(ListStatus.APPROVED);

        SignIn.as(world.studentA());
        assertThat(lists.myPublishedList()).isEmpty();
        assertThatThrownBy(() -> lists.list(id)).isInstanceOf(NotFoundException.class);

        SignIn.as(world.advisorA());
        list = lists.publish(id, list.version());
        assertThat(list.status()).isEqualTo(ListStatus.PUBLISHED);

        SignIn.as(world.studentA());
        assertThat(lists.myPublishedList()).map(RankedList::id).contains(id);
        assertThat(lists.list(id).id()).isEqualTo(id);
        assertThat(actions(id)).containsExactly("rankedlist.run", "rankedlist.submit", "rankedlist.approve", "rankedlist.publish");
    }

    @Test
    void a_step_out_of_order_is_refused_with_the_reason() {
        RankedList list = runForStudentA();
        assertThatThrownBy(() -> lists.approve(list.id(), list.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only a version in review can become approved");
        assertThatThrownBy(() -> lists.publish(list.id(), list.version())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void an_open_concern_holds_back_a_plain_approval_until_its_author_resolves_it() {
        RankedList list = runForStudentA();
        RankedList inReview = lists.submitForReview(list.id(), list.version());
        long entry = inReview.entries().get(1).id();
        SignIn.as(world.mentorA());
        Annotation concern = lists.annotate(inReview.id(), entry, AnnotationKind.CONCERN, "Needs hands-on USCE");

        SignIn.as(world.advisorA());
        assertThatThrownBy(() -> lists.approve(inReview.id(), inReview.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 concern is still open");
        assertThatThrownBy(() -> lists.resolveConcern(concern.id(), concern.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(lists.list(inReview.id()).status()).isEqualTo(ListStatus.IN_REVIEW);

        SignIn.as(world.mentorA());
        Annotation resolved = lists.resolveConcern(concern.id(), concern.version());
        assertThat(resolved.openConcern()).isFalse();
        assertThatThrownBy(() -> lists.resolveConcern(concern.id(), resolved.version()))
                .isInstanceOf(InvalidInputException.class);

        SignIn.as(world.advisorA());
        RankedList approved = lists.approve(inReview.id(), inReview.version());
        assertThat(approved.status()).isEqualTo(ListStatus.APPROVED);
        assertThat(approved.approvalOverride()).isNull();
        assertThat(actions(inReview.id())).contains("rankedlist.concern-resolved", "rankedlist.approve");
    }

    @Test
    void staff_reading_a_list_shows_in_the_students_record_of_disclosures_by_its_date_once_per_hour() {
        RankedList list = runForStudentA();
        lists.list(list.id());
        lists.list(list.id());

        SignIn.as(world.studentA());
        assertThat(audit.myDisclosures(0, 10)).singleElement().satisfies(d -> {
            assertThat(d.what()).isEqualTo("SmartPick list of " + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                    .format(list.createdAt()) + " (" + Specialty.INTERNAL_MEDICINE.displayName() + ", version 1)");
            assertThat(d.times()).isEqualTo(2);
        });
    }

    @Test
    void editing_a_resolved_concern_opens_it_again() {
        RankedList list = runForStudentA();
        Annotation concern = lists.annotate(list.id(), list.entries().get(0).id(), AnnotationKind.CONCERN, "Far away");
        Annotation resolved = lists.resolveConcern(concern.id(), concern.version());

        Annotation edited = lists.editAnnotation(concern.id(), resolved.version(), AnnotationKind.CONCERN, "Far, and no visa");

        assertThat(edited.openConcern()).isTrue();
        assertThat(lists.list(list.id()).openConcerns()).isEqualTo(1);
    }

    @Test
    void approving_over_open_concerns_needs_a_reason_which_stays_with_the_version_and_in_the_audit_trail() {
        RankedList list = runForStudentA();
        RankedList other = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 20, RecordedInputs.NONE);
        RankedList inReview = lists.submitForReview(list.id(), list.version());
        SignIn.as(world.mentorA());
        lists.annotate(list.id(), inReview.entries().get(0).id(), AnnotationKind.CONCERN, "Needs hands-on USCE");
        lists.annotate(list.id(), inReview.entries().get(1).id(), AnnotationKind.CONCERN, "No visa sponsorship lately");

        SignIn.as(world.advisorA());
        assertThatThrownBy(() -> lists.approveOverConcerns(list.id(), inReview.version(), "   "))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsKey("reason"));
        assertThat(lists.list(list.id()).status()).isEqualTo(ListStatus.IN_REVIEW);

        RankedList approved = lists.approveOverConcerns(list.id(), inReview.version(), " She will have USCE by March. ");

        assertThat(approved.status()).isEqualTo(ListStatus.APPROVED);
        assertThat(approved.approvalOverride()).isEqualTo("She will have USCE by March.");
        assertThat(approved.openConcerns()).isEqualTo(2);
        assertThat(db.select(AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("rankedlist.approve"))
                .and(AUDIT_EVENT.SUBJECT_ID.eq(list.id())).fetchSingle().value1())
                .isEqualTo("APPROVED over 2 open concerns: She will have USCE by March.");
        assertThat(lists.list(other.id()).approvalOverride()).isNull();
        assertThat(lists.list(other.id()).status()).isEqualTo(ListStatus.DRAFT);
    }

    @Test
    void a_mentor_annotates_but_cannot_approve_nor_override() {
        RankedList list = runForStudentA();
        RankedList inReview = lists.submitForReview(list.id(), list.version());
        long entry = inReview.entries().get(2).id();

        SignIn.as(world.mentorA());
        Annotation note = lists.annotate(list.id(), entry, AnnotationKind.CONCERN, "  Far from her family; check the commute.  ");
        assertThat(note.text()).isEqualTo("Far from her family; check the commute.");
        assertThat(note.authorName()).isEqualTo(world.mentorA().displayName());
        assertThat(lists.list(list.id()).entries().get(2).annotations()).containsExactly(note);
        assertThatThrownBy(() -> lists.approve(list.id(), inReview.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.pin(list.id(), inReview.version(), entry, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actions(list.id())).contains("rankedlist.annotate");
    }

    @Test
    void an_annotation_is_edited_by_its_author_only_and_a_stale_edit_is_refused() {
        RankedList list = runForStudentA();
        Annotation note = lists.annotate(list.id(), list.entries().get(0).id(), AnnotationKind.NOTE, "Ask about USCE.");

        Annotation edited = lists.editAnnotation(note.id(), note.version(), AnnotationKind.STRONG_FIT, "Strong fit: sponsors J-1.");
        assertThat(edited.kind()).isEqualTo(AnnotationKind.STRONG_FIT);
        assertThat(edited.version()).isEqualTo(note.version() + 1);
        assertThatThrownBy(() -> lists.editAnnotation(note.id(), note.version(), AnnotationKind.NOTE, "Old version"))
                .isInstanceOf(StaleDataException.class);

        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> lists.editAnnotation(note.id(), edited.version(), AnnotationKind.NOTE, "Not mine"))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(world.mentorB());
        assertThatThrownBy(() -> lists.editAnnotation(note.id(), edited.version(), AnnotationKind.NOTE, "Foreign"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void advisors_pin_exclude_with_a_reason_and_move_entries_and_a_stale_override_is_refused() {
        RankedList list = runForStudentA();
        ListEntry third = list.entries().get(2);

        assertThatThrownBy(() -> lists.exclude(list.id(), list.version(), third.id(), "  "))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).fieldErrors().keySet())
                .asInstanceOf(InstanceOfAssertFactories.COLLECTION).containsExactly("reason");
        RankedList excluded = lists.exclude(list.id(), list.version(), third.id(), "No sponsorship for her visa in practice");
        assertThat(excluded.keptEntries()).hasSize(29).extracting(ListEntry::id).doesNotContain(third.id());
        assertThat(excluded.entries().get(2).excludeReason()).isEqualTo("No sponsorship for her visa in practice");

        assertThatThrownBy(() -> lists.pin(list.id(), list.version(), third.id(), true)).isInstanceOf(StaleDataException.class);

        ListEntry tenth = excluded.entries().get(9);
        RankedList moved = lists.move(list.id(), excluded.version(), tenth.id(), 1);
        assertThat(moved.entries().get(0).id()).isEqualTo(tenth.id());
        assertThat(moved.entries()).extracting(ListEntry::position).containsExactly(
                IntStream.rangeClosed(1, 30).boxed().toArray(Integer[]::new));
        RankedList pinned = lists.pin(list.id(), moved.version(), tenth.id(), true);
        assertThat(pinned.entries().get(0).pinned()).isTrue();
        assertThat(actions(list.id())).contains("rankedlist.exclude", "rankedlist.move", "rankedlist.pin");
    }

    @Test
    void an_exclusion_recomputes_every_figure_of_the_list_and_an_inclusion_restores_them() {
        RankedList list = runForStudentA();
        ListEntry first = list.entries().get(0);

        RankedList excluded = lists.exclude(list.id(), list.version(), first.id(), "She will not live in that city");

        assertThat(excluded.keptEntries()).hasSize(29);
        assertThat(excluded.matchChance().estimate()).isLessThan(list.matchChance().estimate());
        assertThat(excluded.matchChance().low()).isLessThan(list.matchChance().low());
        assertThat(excluded.expectedInterviews()).isCloseTo(list.expectedInterviews() - first.probability(),
                org.assertj.core.api.Assertions.within(1e-3));
        assertThat(excluded.totalCost()).isEqualTo(list.totalCost() - 11);
        RankedList included = lists.include(list.id(), excluded.version(), first.id());
        assertThat(included.matchChance().estimate())
                .isCloseTo(list.matchChance().estimate(), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(included.totalCost()).isEqualTo(list.totalCost());
    }

    @Test
    void pins_and_exclusions_carry_into_the_next_run_with_their_reasons() {
        RankedList list = runForStudentA();
        ListEntry excludedEntry = list.entries().get(0);
        ListEntry pinnedEntry = list.entries().get(29);
        RankedList changed = lists.exclude(list.id(), list.version(), excludedEntry.id(), "Too far from family");
        lists.pin(list.id(), changed.version(), pinnedEntry.id(), true);

        RankedList next = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);

        assertThat(next.keptEntries()).extracting(ListEntry::programId).doesNotContain(excludedEntry.programId())
                .contains(pinnedEntry.programId()).hasSize(10);
        assertThat(next.entries()).filteredOn(ListEntry::excluded).singleElement().satisfies(e -> {
            assertThat(e.programId()).isEqualTo(excludedEntry.programId());
            assertThat(e.excludeReason()).isEqualTo("Too far from family");
        });
        assertThat(next.entries()).filteredOn(ListEntry::pinned).extracting(ListEntry::programId)
                .containsExactly(pinnedEntry.programId());
        // the version before is untouched
        assertThat(lists.list(list.id()).entries()).filteredOn(ListEntry::excluded).hasSize(1);
    }

    @Test
    void a_new_run_never_overwrites_an_approved_list_it_makes_a_new_version_and_shows_the_difference() {
        RankedList first = runForStudentA();
        first = lists.approve(first.id(), lists.submitForReview(first.id(), first.version()).version());
        RankedList firstApproved = first;
        assertThatThrownBy(() -> lists.pin(firstApproved.id(), firstApproved.version(), firstApproved.entries().get(0).id(), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("run SmartPick again");

        RankedList second = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 35, RecordedInputs.NONE);

        assertThat(second.listNo()).isEqualTo(2);
        assertThat(lists.list(first.id())).isEqualTo(first);
        assertThat(lists.versions(world.studentA().personId())).extracting(ListSummary::listNo).containsExactly(2, 1);
        ListDiff diff = lists.changesSincePrevious(second.id()).orElseThrow();
        assertThat(diff.added()).hasSize(5);
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.moved()).isEmpty();
        assertThat(lists.changesSincePrevious(first.id())).isEmpty();
    }

    @Test
    void publishing_a_newer_version_supersedes_the_one_the_student_saw() {
        RankedList first = runForStudentA();
        publish(first);
        RankedList second = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 20, RecordedInputs.NONE);
        publish(second);

        assertThat(lists.list(first.id()).status()).isEqualTo(ListStatus.SUPERSEDED);
        SignIn.as(world.studentA());
        assertThat(lists.myPublishedList()).map(RankedList::listNo).contains(2);
        assertThatThrownBy(() -> lists.list(first.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void foreign_ids_answer_not_found() {
        RankedList list = runForStudentA();

        SignIn.as(world.advisorB());
        assertThatThrownBy(() -> lists.list(list.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lists.versions(world.studentA().personId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lists.submitForReview(list.id(), list.version())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE))
                .isInstanceOf(NotFoundException.class);
        SignIn.as(world.mentorB());
        assertThatThrownBy(() -> lists.annotate(list.id(), list.entries().get(0).id(), AnnotationKind.NOTE, "x"))
                .isInstanceOf(NotFoundException.class);
        SignIn.as(world.studentB());
        assertThatThrownBy(() -> lists.list(list.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void recorded_inputs_reach_the_engine_and_are_kept_with_the_list() {
        SignIn.as(world.advisorA());
        RecordedInputs recorded = new RecordedInputs(6, 2, 3);
        RankedList without = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 30, RecordedInputs.NONE);
        RankedList with = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 30, recorded);

        assertThat(with.inputs()).isEqualTo(recorded);
        assertThat(with.matchChance().estimate()).isGreaterThan(without.matchChance().estimate());
    }

    @Test
    void a_runs_setup_counts_the_students_approved_letters_as_us_letters() {
        data.letter(world.studentA().personId(), world.mentorA().personId(), "APPROVED", false, "Approved.");
        data.letter(world.studentA().personId(), world.mentorA().personId(), "SUBMITTED", false, "Not yet approved.");
        SignIn.as(world.advisorA());

        assertThat(lists.setup(world.studentA().personId()).inputs().usLetters()).isEqualTo(1);
    }

    @Test
    void a_student_who_left_a_cohort_is_no_longer_among_its_lists_nor_in_its_batch_run() {
        SignIn.as(world.advisorA());
        var staying = data.person("Staying", Role.STUDENT);
        data.enroll(world.cohortA(), staying);
        // moved to another cohort of the same advisor, who still sees her: only the enrollment says she left
        cohorts.move(world.studentA().personId(), world.cohortA(), data.cohort("Next season", world.advisorA()));

        assertThat(lists.cohortLists(world.cohortA())).extracting(CohortStudentList::studentId)
                .containsExactly(staying.personId());
        assertThat(batch.run(world.cohortA(), 25, (done, total, name) -> { }).skipped())
                .extracting(CohortBatch.Skipped::studentName).containsExactly(staying.displayName());
    }

    @Test
    void a_cohort_batch_makes_a_draft_for_every_student_with_a_profile_and_skips_the_others_saying_why() {
        SignIn.as(world.advisorA());
        var withoutProfile = data.person("No profile", Role.STUDENT);
        data.enroll(world.cohortA(), withoutProfile);
        List<String> progress = new ArrayList<>();

        CohortBatch.Outcome outcome = batch.run(world.cohortA(), 25, (done, total, name) -> progress.add(done + "/" + total));

        assertThat(outcome.made()).isEqualTo(1);
        assertThat(outcome.skipped()).singleElement().satisfies(s -> {
            assertThat(s.studentName()).isEqualTo(withoutProfile.displayName());
            assertThat(s.reason()).contains("graduation year");
        });
        assertThat(progress).containsExactly("1/2", "2/2");
        assertThat(lists.cohortLists(world.cohortA())).filteredOn(c -> c.studentId() == world.studentA().personId())
                .singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ListStatus.DRAFT));
        assertThat(db.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("rankedlist.batch")
                .and(AUDIT_EVENT.SUBJECT_ID.eq(world.cohortA())))).isTrue();
    }

    @Test
    void the_student_gets_from_the_service_neither_staff_annotations_nor_excluded_entries_nor_their_reasons() {
        RankedList list = runForStudentA();
        ListEntry excludedEntry = list.entries().get(2);
        ListEntry annotatedEntry = list.entries().get(0);
        RankedList excluded = lists.exclude(list.id(), list.version(), excludedEntry.id(), "Her advisor doubts her English");
        lists.annotate(list.id(), annotatedEntry.id(), AnnotationKind.CONCERN, "Staff only: weak interview last year");
        SignIn.as(world.mentorA());
        lists.annotate(list.id(), annotatedEntry.id(), AnnotationKind.NOTE, "Mentor's private note");
        SignIn.as(world.advisorA());
        RankedList inReview = lists.submitForReview(list.id(), lists.list(list.id()).version());
        RankedList approved = lists.approveOverConcerns(list.id(), inReview.version(), "Staff only: the concern is old news");
        assertThat(approved.approvalOverride()).isEqualTo("Staff only: the concern is old news");
        lists.publish(list.id(), approved.version());

        SignIn.as(world.studentA());
        for (RankedList seen : List.of(lists.myPublishedList().orElseThrow(), lists.list(list.id()))) {
            assertThat(seen.entries()).hasSize(excluded.keptEntries().size())
                    .extracting(ListEntry::id).doesNotContain(excludedEntry.id());
            assertThat(seen.entries()).allSatisfy(entry -> {
                assertThat(entry.annotations()).isEmpty();
                assertThat(entry.excluded()).isFalse();
                assertThat(entry.excludeReason()).isNull();
            });
            assertThat(seen.approvalOverride()).isNull();
            assertThat(seen.toString()).doesNotContain("doubts her English", "Staff only", "Mentor's private note");
        }

        SignIn.as(world.mentorA());
        RankedList staffView = lists.list(list.id());
        assertThat(staffView.entries()).hasSize(30);
        assertThat(staffView.entries().get(0).annotations()).hasSize(2);
    }

    private void publish(RankedList list) {
        RankedList inReview = lists.submitForReview(list.id(), list.version());
        RankedList approved = lists.approve(list.id(), inReview.version());
        lists.publish(list.id(), approved.version());
    }

    private List<String> actions(long listId) {
        return db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_TYPE.eq(RankedListService.SUBJECT)).and(AUDIT_EVENT.SUBJECT_ID.eq(listId))
                .and(AUDIT_EVENT.ACTION.ne("rankedlist.read"))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }
}
