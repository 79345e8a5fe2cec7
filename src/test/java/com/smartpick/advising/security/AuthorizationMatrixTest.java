package com.smartpick.advising.security;

import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.ALLOWED;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.DENIED;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditFilter;
import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.cohort.EnrollmentStatus;
import com.smartpick.advising.letter.LetterRequest;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.Letterhead;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.ProfileService;
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
    @Autowired LetterService letters;
    @Autowired AuditService audit;

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
            Map.entry("request a letter from my mentor", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}}),
            Map.entry("open a letter", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("read a submitted letter", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {NOT_FOUND, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("download an approved letter", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("download an approved waived letter", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {NOT_FOUND, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("save a letter draft", new Outcome[][] {
                    {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}}),
            Map.entry("submit a letter", new Outcome[][] {
                    {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}}),
            Map.entry("decline a letter request", new Outcome[][] {
                    {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}}),
            Map.entry("approve a letter", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {DENIED, DENIED}}),
            Map.entry("return a letter", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {DENIED, DENIED}}),
            Map.entry("list a student's approved letters", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("search the audit trail", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("see who viewed my record", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}}));

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
            Map.entry("request a letter from my mentor", (s, w, student, cohort) -> s.letters.request(
                    new LetterRequest(w.mentorA().personId(), "Internal Medicine", List.of("Test Program"), true))),
            Map.entry("open a letter", (s, w, student, cohort) -> s.letters.letter(s.letter(w, student, "REQUESTED", false))),
            Map.entry("read a submitted letter", (s, w, student, cohort) ->
                    s.letters.content(s.letter(w, student, "SUBMITTED", false))),
            Map.entry("download an approved letter", (s, w, student, cohort) ->
                    s.letters.pdf(s.letter(w, student, "APPROVED", false))),
            Map.entry("download an approved waived letter", (s, w, student, cohort) ->
                    s.letters.pdf(s.letter(w, student, "APPROVED", true))),
            Map.entry("save a letter draft", (s, w, student, cohort) -> s.letters.saveDraft(
                    s.letter(w, student, "REQUESTED", false), 0, "Draft", Letterhead.EMPTY)),
            Map.entry("submit a letter", (s, w, student, cohort) -> s.letters.submit(s.letter(w, student, "DRAFTING", false), 0)),
            Map.entry("decline a letter request", (s, w, student, cohort) ->
                    s.letters.decline(s.letter(w, student, "REQUESTED", false), 0, "Not enough time together")),
            Map.entry("approve a letter", (s, w, student, cohort) -> s.letters.approve(s.letter(w, student, "SUBMITTED", false), 0)),
            Map.entry("return a letter", (s, w, student, cohort) ->
                    s.letters.returnToMentor(s.letter(w, student, "SUBMITTED", false), 0, "Add the ICU rotation")),
            Map.entry("list a student's approved letters", (s, w, student, cohort) -> s.letters.approvedLettersOf(student)),
            Map.entry("search the audit trail", (s, w, student, cohort) ->
                    s.audit.search(new AuditFilter(null, student, "", null, null), 0, 10)),
            Map.entry("see who viewed my record", (s, w, student, cohort) -> s.audit.myDisclosures(0, 10)));

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

    /** A letter of the given student, asked of their own mentor, already in the given state. */
    private long letter(World world, long studentId, String status, boolean waived) {
        long mentor = studentId == world.studentA().personId() ? world.mentorA().personId() : world.mentorB().personId();
        return new TestData(db).letter(studentId, mentor, status, waived, "A letter");
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
