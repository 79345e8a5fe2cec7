package com.smartpick.advising.tracker;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.TRACKED_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.jooq.tables.records.TrackedProgramRecord;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class ApplicationTrackerServiceTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired DSLContext db;
    @Autowired ApplicationTrackerService service;
    @Autowired RankedListService lists;
    TestData data;
    TestData.World world;
    long student;
    int season;

    @BeforeEach
    void world() {
        data = new TestData(db);
        world = data.world();
        student = world.studentA().personId();
        publish(world.studentA(), 12);
        publish(world.studentB(), 8);
        season = Season.matchYearOn(TODAY);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** An admin runs and publishes a list of the student's. */
    RankedList publish(Viewer who, int budget) {
        SignIn.as(world.admin());
        RankedList list = lists.run(who.personId(), Specialty.INTERNAL_MEDICINE, budget, RecordedInputs.NONE);
        list = lists.submitForReview(list.id(), list.version());
        list = lists.approve(list.id(), list.version());
        return lists.publish(list.id(), list.version());
    }

    Tracker mine() {
        return service.tracker(student, season);
    }

    /** Every program of the tracker, changed alike. */
    static List<TrackerChange> all(Tracker tracker, UnaryOperator<TrackerChange> change) {
        return tracker.programs().stream().map(p -> change.apply(p.unchanged())).toList();
    }

    @Test
    void a_student_marks_every_program_applied_in_one_save_then_two_invited() {
        SignIn.as(world.studentA());
        Tracker before = mine();
        int n = before.programs().size();
        assertThat(before.programs()).hasSizeGreaterThan(5).allMatch(p -> !p.tracked());
        assertThat(before.editable()).isTrue();
        assertThat(before.list()).isNotNull();

        Tracker applied = service.save(student, all(before, c -> c.withApplied(TODAY.minusDays(30))));
        Tracker invited = service.save(student, applied.programs().subList(0, 2).stream()
                .map(p -> p.unchanged().withInvited(TODAY.minusDays(3))).toList());

        assertThat(applied.applied()).isEqualTo(n);
        assertThat(invited.invited()).isEqualTo(2);
        assertThat(invited.programs().get(0).version()).isEqualTo(2);
        assertThat(invited.programs().get(5).version()).isEqualTo(1);
        assertThat(invited.expectedFromApplied()).isCloseTo(
                before.programs().stream().mapToDouble(TrackedProgram::predictedInterview).sum(), within(1e-9));
        // the prediction is kept with the row as the list gave it
        TrackedProgramRecord first = db.selectFrom(TRACKED_PROGRAM).where(TRACKED_PROGRAM.STUDENT_ID.eq(student))
                .and(TRACKED_PROGRAM.PROGRAM_ID.eq(before.programs().get(0).programId())).fetchSingle();
        assertThat(first.getPredictedInterview()).isEqualTo(before.programs().get(0).predictedInterview());
        assertThat(first.getListId()).isEqualTo(before.list().listId());
        assertThat(first.getUpdatedBy()).isEqualTo(student);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("tracker.save")
                .and(AUDIT_EVENT.STUDENT_ID.eq(student)))).isEqualTo(2);
    }

    @Test
    void every_rule_is_refused_with_a_message_for_its_field() {
        SignIn.as(world.studentA());
        Tracker t = service.save(student, all(mine(), c -> c.withApplied(TODAY.minusDays(40))));
        TrackerChange a = t.programs().get(0).unchanged();
        TrackerChange b = t.programs().get(1).unchanged();
        LocalDate invited = TODAY.minusDays(20);
        LocalDate attended = TODAY.minusDays(10);
        TrackerChange aAttended = a.withInvited(invited).withAttended(attended);
        TrackerChange bAttended = b.withInvited(invited).withAttended(attended);

        assertRefused("applied", List.of(a.withApplied(TODAY.plusDays(1))), "future");
        assertRefused("invited", List.of(a.withApplied(null).withInvited(invited)), "application before an invitation");
        assertRefused("invited", List.of(a.withInvited(TODAY.minusDays(50))), "before the application");
        assertRefused("attended", List.of(a.withAttended(attended)), "only after an invitation");
        assertRefused("declined", List.of(aAttended.withDeclined(attended)), "declined or attended, not both");
        assertRefused("attended", List.of(a.withInvited(invited).withAttended(TODAY.minusDays(25))), "before the invitation");
        assertRefused("rank", List.of(a.withInvited(invited).withRank(1)), "only a program interviewed at");
        assertRefused("rank", List.of(aAttended.withRank(1), bAttended.withRank(1)), "both ranked 1");
        assertRefused("outcome", List.of(aAttended.withOutcome(Outcome.MATCHED)), "only a ranked program");
        assertRefused("outcome", List.of(a.withApplied(null).withOutcome(Outcome.NOT_MATCHED)), "only a program applied to");
        assertRefused("outcome", List.of(aAttended.withRank(1).withOutcome(Outcome.MATCHED),
                bAttended.withRank(2).withOutcome(Outcome.MATCHED)), "both marked matched");
        assertRefused("outcome", List.of(aAttended.withRank(1).withOutcome(Outcome.MATCHED),
                b.withOutcome(Outcome.SOAP_OFFER)), "SOAP is only for");

        // and the same moves, in order, are accepted
        Tracker ranked = service.save(student, List.of(aAttended.withRank(2), bAttended.withRank(1)));
        Tracker swapped = service.save(student, List.of(ranked.programs().get(0).unchanged().withRank(1),
                ranked.programs().get(1).unchanged().withRank(2)));
        Tracker matched = service.save(student, List.of(swapped.programs().get(0).unchanged().withOutcome(Outcome.MATCHED),
                swapped.programs().get(1).unchanged().withOutcome(Outcome.NOT_MATCHED)));
        assertThat(matched.seasonOutcome()).isEqualTo("Matched at " + t.programs().get(0).programName());
    }

    void assertRefused(String field, List<TrackerChange> changes, String message) {
        assertThatThrownBy(() -> service.save(student, changes)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey(field).extractingByKey(field).asString().contains(message));
    }

    @Test
    void one_bad_row_refuses_the_whole_save_and_writes_nothing() {
        SignIn.as(world.studentA());
        Tracker before = mine();
        List<TrackerChange> changes = new ArrayList<>(all(before, c -> c.withApplied(TODAY.minusDays(5))));
        changes.set(changes.size() - 1, changes.get(changes.size() - 1).withInvited(TODAY.minusDays(9)));

        assertThatThrownBy(() -> service.save(student, changes)).isInstanceOf(InvalidInputException.class);
        assertThat(db.fetchCount(TRACKED_PROGRAM, TRACKED_PROGRAM.STUDENT_ID.eq(student))).isZero();
    }

    @Test
    void a_save_on_a_version_someone_else_moved_on_is_refused_whole() {
        SignIn.as(world.studentA());
        Tracker before = mine();
        service.save(student, List.of(before.programs().get(0).unchanged().withApplied(TODAY)));
        SignIn.as(world.mentorA());
        // the mentor's page still shows the tracker from before the student's save
        List<TrackerChange> stale = List.of(before.programs().get(1).unchanged().withApplied(TODAY),
                before.programs().get(0).unchanged().withApplied(TODAY.minusDays(1)));

        assertThatThrownBy(() -> service.save(student, stale)).isInstanceOf(StaleDataException.class);
        assertThat(db.fetchCount(TRACKED_PROGRAM, TRACKED_PROGRAM.STUDENT_ID.eq(student))).isEqualTo(1);
    }

    @Test
    void a_program_not_on_the_published_list_is_refused() {
        SignIn.as(world.studentA());
        TrackerChange unknown = new TrackerChange("XX-9999", 0, TODAY, null, null, null, null, null);

        assertThatThrownBy(() -> service.save(student, List.of(unknown))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("program"));
    }

    @Test
    void her_mentor_and_advisor_record_for_her_and_a_foreign_student_is_not_found() {
        long other = world.studentB().personId();
        SignIn.as(world.studentB());
        Tracker theirs = service.save(other, all(service.tracker(other, season), c -> c.withApplied(TODAY)));
        var theirRows = db.selectFrom(TRACKED_PROGRAM).where(TRACKED_PROGRAM.STUDENT_ID.eq(other)).fetch();

        SignIn.as(world.mentorA());
        Tracker byMentor = service.save(student, List.of(mine().programs().get(0).unchanged().withApplied(TODAY)));
        SignIn.as(world.advisorA());
        service.save(student, List.of(byMentor.programs().get(0).unchanged().withInvited(TODAY)));
        assertThatThrownBy(() -> service.tracker(other, season)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.save(other, List.of(theirs.programs().get(0).unchanged().withInvited(TODAY))))
                .isInstanceOf(NotFoundException.class);
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> service.tracker(other, season)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.seasons(other)).isInstanceOf(NotFoundException.class);

        assertThat(db.selectFrom(TRACKED_PROGRAM).where(TRACKED_PROGRAM.STUDENT_ID.eq(other)).fetch())
                .isEqualTo(theirRows);
        assertThat(mine().invited()).isEqualTo(1);
        // staff opening her tracker is in the audit trail; she opening her own is not
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("tracker.read").and(AUDIT_EVENT.STUDENT_ID.eq(student))
                .and(AUDIT_EVENT.ACTOR_ID.eq(world.mentorA().personId())))).isEqualTo(1);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("tracker.read").and(AUDIT_EVENT.ACTOR_ID.eq(student))))
                .isZero();
        assertThat(db.select(TRACKED_PROGRAM.UPDATED_BY).from(TRACKED_PROGRAM)
                .where(TRACKED_PROGRAM.STUDENT_ID.eq(student)).fetchSingle().value1())
                .isEqualTo(world.advisorA().personId());
    }

    @Test
    void without_a_published_list_there_is_nothing_to_record() {
        Viewer newcomer = data.person("Newcomer", Role.STUDENT);
        data.enroll(world.cohortA(), newcomer);
        SignIn.as(newcomer);
        Tracker empty = service.tracker(newcomer.personId(), season);

        assertThat(empty.programs()).isEmpty();
        assertThat(empty.list()).isNull();
        assertThat(empty.editable()).isFalse();
    }

    @Test
    void cohort_progress_puts_those_who_need_help_first() {
        Viewer noList = data.person("Aaron No List", Role.STUDENT);
        data.enroll(world.cohortA(), noList);
        Viewer onTrack = data.person("Zoe On Track", Role.STUDENT);
        data.enroll(world.cohortA(), onTrack);
        data.profile(onTrack, "India", 245);
        publish(onTrack, 10);
        SignIn.as(onTrack);
        Tracker t = service.tracker(onTrack.personId(), season);
        service.save(onTrack.personId(), all(t, c -> c.withApplied(TODAY.minusDays(5)).withInvited(TODAY)));
        int onTrackPrograms = t.programs().size();
        SignIn.as(world.studentA());
        // applied three months ago, and nothing since
        service.save(student, all(mine(), c -> c.withApplied(TODAY.minusDays(90))));

        SignIn.as(world.advisorA());
        List<CohortProgress> progress = service.cohortProgress(world.cohortA(), season);

        assertThat(progress).extracting(CohortProgress::studentId).containsExactly(student, noList.personId(),
                onTrack.personId());
        assertThat(progress.get(0).help()).singleElement().asString().contains("0 invitations").contains("weeks after");
        assertThat(progress.get(1).help()).singleElement().asString().contains("No SmartPick list");
        assertThat(progress.get(2).needsHelp()).isFalse();
        assertThat(progress.get(2).invited()).isEqualTo(onTrackPrograms);
        assertThat(progress.get(0).listExpectedInterviews()).isNotNull();
        assertThat(progress.get(0).applied()).isEqualTo(mine().programs().size());
        SignIn.as(world.advisorB());
        assertThatThrownBy(() -> service.cohortProgress(world.cohortA(), season)).isInstanceOf(NotFoundException.class);
        SignIn.as(world.mentorA());
        assertThatThrownBy(() -> service.cohortProgress(world.cohortA(), season)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void outcomes_set_each_prediction_against_what_happened() {
        int past = season - 1;
        // a finished season, as the tracker kept it: predicted chances and what came of them
        pastRow(student, past, "IM-A", 0.8, true, 1, Outcome.MATCHED);
        pastRow(student, past, "IM-B", 0.3, false, null, null);
        Viewer classmate = data.person("Classmate", Role.STUDENT);
        data.enroll(world.cohortA(), classmate);
        pastRow(classmate.personId(), past, "IM-C", 0.6, true, 1, Outcome.NOT_MATCHED);
        // another cohort's student, whose season is not this cohort's
        pastRow(world.studentB().personId(), past, "IM-D", 0.1, true, null, null);

        SignIn.as(world.advisorA());
        assertThat(service.outcomeSeasons(world.cohortA())).containsExactly(past);
        Outcomes outcomes = service.outcomes(world.cohortA(), past);

        // (0.2² + 0.3² + 0.4²) / 3
        assertThat(outcomes.interviews().brier()).isCloseTo(0.29 / 3, within(1e-12));
        assertThat(outcomes.interviews().n()).isEqualTo(3);
        assertThat(outcomes.expectedInterviews()).isCloseTo(1.7, within(1e-12));
        assertThat(outcomes.receivedInterviews()).isEqualTo(2);
        // both outcomes are known: one matched at a list with 0.5, one not
        assertThat(outcomes.matching().n()).isEqualTo(2);
        assertThat(outcomes.matching().brier()).isCloseTo(0.25, within(1e-12));
        assertThat(outcomes.students()).extracting(s -> s.outcome().kind())
                .containsExactlyInAnyOrder(SeasonOutcome.Kind.MATCHED, SeasonOutcome.Kind.UNMATCHED);
        // her tracker opens on the season she tracked, not on the empty one under way, which it still offers
        SignIn.as(world.studentA());
        assertThat(service.seasons(student).all()).containsExactly(season, past);
        assertThat(service.seasons(student).opening()).isEqualTo(past);
        assertThat(service.tracker(student, past).editable()).isFalse();
    }

    void pastRow(long studentId, int year, String program, double predicted, boolean invited, Integer rank,
            Outcome outcome) {
        LocalDate applied = LocalDate.of(year - 1, 9, 25);
        db.insertInto(TRACKED_PROGRAM).set(TRACKED_PROGRAM.STUDENT_ID, studentId).set(TRACKED_PROGRAM.MATCH_YEAR, year)
                .set(TRACKED_PROGRAM.LIST_ID, 1L).set(TRACKED_PROGRAM.PROGRAM_ID, program)
                .set(TRACKED_PROGRAM.PROGRAM_NAME, program + " program").set(TRACKED_PROGRAM.LIST_POSITION, 1)
                .set(TRACKED_PROGRAM.PREDICTED_INTERVIEW, predicted).set(TRACKED_PROGRAM.LIST_MATCH_CHANCE, 0.5)
                .set(TRACKED_PROGRAM.LIST_EXPECTED_INTERVIEWS, 2.0).set(TRACKED_PROGRAM.APPLIED_ON, applied)
                .set(TRACKED_PROGRAM.INVITED_ON, invited ? applied.plusDays(20) : null)
                .set(TRACKED_PROGRAM.ATTENDED_ON, rank != null ? applied.plusDays(40) : null)
                .set(TRACKED_PROGRAM.RANK_POSITION, rank)
                .set(TRACKED_PROGRAM.OUTCOME, outcome == null ? null : outcome.name())
                .set(TRACKED_PROGRAM.UPDATED_BY, studentId).set(TRACKED_PROGRAM.UPDATED_AT, OffsetDateTime.now())
                .execute();
    }
}
