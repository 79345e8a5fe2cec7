package com.smartpick.advising.security;

import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.ALLOWED;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.DENIED;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.cohort.EnrollmentStatus;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.ListStatus;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.student.StudentService;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every role × every service operation × its own student (or cohort) and a foreign one, against DESIGN.md's table.
 * A foreign record answers "not found", exactly as a missing one would; an operation outside the role is denied.
 * Each case runs in a transaction that is rolled back.
 */
@AdvisingTest
@Transactional
class AuthorizationMatrixTest {

    enum Outcome { ALLOWED, NOT_FOUND, DENIED }

    enum Target { OWN, FOREIGN }

    @Autowired DSLContext db;
    @Autowired CohortService cohorts;
    @Autowired StudentService students;
    @Autowired ProfileService profiles;
    @Autowired PersonService people;
    @Autowired RankedListService rankedLists;

    interface Operation {
        void run(AuthorizationMatrixTest services, World world, long studentId, long cohortId);
    }

    /** operation → expected outcome for ADVISOR, MENTOR, STUDENT, ADMIN, each as {own, foreign}. */
    static final Map<String, Outcome[][]> EXPECTED = Map.ofEntries(
            Map.entry("open a student's page", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("read a student's profile", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("open a cohort", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("list a cohort's members", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("rename a cohort", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("archive a cohort", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("enroll a student", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("change an enrollment's status", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("assign a mentor", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("unassign a mentor", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("save a student's profile", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}}),
            Map.entry("create a cohort", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("look up people to enroll", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("preview a student's SmartPick list", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("run SmartPick for a student", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("list a student's list versions", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("read an unpublished list", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {NOT_FOUND, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("read a published list", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("see what changed since a list's previous version", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("annotate a list entry", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("pin, exclude or move a list entry", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("submit a list for review", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("approve a list", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("publish a list", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("see a cohort's SmartPick lists", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}));

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("open a student's page", (s, w, student, cohort) -> s.students.student(student)),
            Map.entry("read a student's profile", (s, w, student, cohort) -> s.profiles.profileOf(student)),
            Map.entry("open a cohort", (s, w, student, cohort) -> s.cohorts.cohort(cohort)),
            Map.entry("list a cohort's members", (s, w, student, cohort) -> s.cohorts.members(cohort)),
            Map.entry("rename a cohort", (s, w, student, cohort) ->
                    s.cohorts.rename(cohort, 0, TestData.unique("Renamed"), "2028 Main Residency Match")),
            Map.entry("archive a cohort", (s, w, student, cohort) -> s.cohorts.setArchived(cohort, 0, true)),
            Map.entry("enroll a student", (s, w, student, cohort) -> s.cohorts.enroll(cohort, w.newStudent().personId())),
            Map.entry("change an enrollment's status", (s, w, student, cohort) ->
                    s.cohorts.setStatus(cohort, student, EnrollmentStatus.WITHDRAWN)),
            Map.entry("assign a mentor", (s, w, student, cohort) ->
                    s.cohorts.assignMentor(cohort, student, w.mentorB().personId())),
            Map.entry("unassign a mentor", (s, w, student, cohort) ->
                    s.cohorts.unassignMentor(cohort, student, student == w.studentA().personId()
                            ? w.mentorA().personId() : w.mentorB().personId())),
            Map.entry("save a student's profile", (s, w, student, cohort) -> s.profiles.saveMyProfile(validProfile(student))),
            Map.entry("create a cohort", (s, w, student, cohort) -> s.cohorts.create(TestData.unique("New cohort"), "2027 Main Residency Match")),
            Map.entry("look up people to enroll", (s, w, student, cohort) -> s.people.directory(Role.STUDENT, "student")),
            Map.entry("preview a student's SmartPick list", (s, w, student, cohort) ->
                    s.rankedLists.preview(student, Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE)),
            Map.entry("run SmartPick for a student", (s, w, student, cohort) ->
                    s.rankedLists.run(student, Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE)),
            Map.entry("list a student's list versions", (s, w, student, cohort) -> s.rankedLists.versions(student)),
            Map.entry("read an unpublished list", (s, w, student, cohort) ->
                    s.rankedLists.list(s.listOf(w, student, ListStatus.APPROVED).id())),
            Map.entry("read a published list", (s, w, student, cohort) ->
                    s.rankedLists.list(s.listOf(w, student, ListStatus.PUBLISHED).id())),
            Map.entry("see what changed since a list's previous version", (s, w, student, cohort) ->
                    s.rankedLists.changesSincePrevious(s.listOf(w, student, ListStatus.DRAFT).id())),
            Map.entry("annotate a list entry", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.DRAFT);
                s.rankedLists.annotate(list.id(), list.entries().get(0).id(), AnnotationKind.NOTE, "A note");
            }),
            Map.entry("pin, exclude or move a list entry", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.DRAFT);
                s.rankedLists.pin(list.id(), list.version(), list.entries().get(0).id(), true);
            }),
            Map.entry("submit a list for review", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.DRAFT);
                s.rankedLists.submitForReview(list.id(), list.version());
            }),
            Map.entry("approve a list", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.IN_REVIEW);
                s.rankedLists.approve(list.id(), list.version());
            }),
            Map.entry("publish a list", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.APPROVED);
                s.rankedLists.publish(list.id(), list.version());
            }),
            Map.entry("see a cohort's SmartPick lists", (s, w, student, cohort) -> s.rankedLists.cohortLists(cohort)));

    /** A list of the student moved up to {@code status} by an admin, leaving the test's sign-in as it was. */
    RankedList listOf(World world, long studentId, ListStatus status) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(world.admin());
        RankedList list = rankedLists.run(studentId, Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        List<ListStatus> steps = List.of(ListStatus.IN_REVIEW, ListStatus.APPROVED, ListStatus.PUBLISHED);
        for (ListStatus step : steps.subList(0, Math.max(0, steps.indexOf(status) + 1))) {
            list = switch (step) {
                case IN_REVIEW -> rankedLists.submitForReview(list.id(), list.version());
                case APPROVED -> rankedLists.approve(list.id(), list.version());
                default -> rankedLists.publish(list.id(), list.version());
            };
        }
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        return list;
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String operation : EXPECTED.keySet().stream().sorted().toList()) {
            for (Role role : Role.values()) {
                for (Target target : Target.values()) {
                    cases.add(Arguments.of(role, operation, target, EXPECTED.get(operation)[role.ordinal()][target.ordinal()]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} may {1} ({2}): {3}")
    @MethodSource("cases")
    void every_role_gets_exactly_what_the_design_allows(Role role, String operation, Target target, Outcome expected) {
        World world = new TestData(db).world();
        SignIn.as(world.actingAs(role));
        long student = target == Target.OWN ? world.studentA().personId() : world.studentB().personId();
        long cohort = target == Target.OWN ? world.cohortA() : world.cohortB();

        assertThat(outcome(() -> OPERATIONS.get(operation).run(this, world, student, cohort))).isEqualTo(expected);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private static Outcome outcome(Runnable operation) {
        try {
            operation.run();
            return ALLOWED;
        } catch (NotFoundException e) {
            return NOT_FOUND;
        } catch (AccessDeniedException e) {
            return DENIED;
        }
    }

    private static ApplicantProfile validProfile(long studentId) {
        ApplicantProfile empty = ApplicantProfile.empty(studentId);
        return new ApplicantProfile(studentId, "Test Medical College", "India", 2021, false, empty.step1Result(), 0, null, 0,
                empty.step3Result(), empty.visaNeed(), List.of(), List.of(), empty.settingPreference(), 0, 0);
    }
}
