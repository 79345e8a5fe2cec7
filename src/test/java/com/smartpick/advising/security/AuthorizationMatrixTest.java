package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_ATTACHMENT;
import static com.smartpick.advising.jooq.Tables.PERSONAL_STATEMENT;
import static com.smartpick.advising.jooq.Tables.PROGRAM;
import static com.smartpick.advising.jooq.Tables.RANKED_ANNOTATION;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.ALLOWED;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.DENIED;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.NOT_FOUND;
import static com.smartpick.advising.security.AuthorizationMatrixTest.Outcome.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditFilter;
import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.cohort.EnrollmentStatus;
import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.feedback.Announcement;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.inbox.Delivery;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.MailOutboxService;
import com.smartpick.advising.inbox.NotificationKind;
import com.smartpick.advising.jooq.tables.records.ProgramRecord;
import com.smartpick.advising.letter.LetterPlacement;
import com.smartpick.advising.letter.LetterProgramService;
import com.smartpick.advising.letter.LetterRequest;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.Letterhead;
import com.smartpick.advising.letter.OutsideLetterRequest;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.readiness.ReadinessFilter;
import com.smartpick.advising.readiness.ReadinessService;
import com.smartpick.advising.roster.RosterService;
import com.smartpick.advising.season.Milestone;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.season.TaskKind;
import com.smartpick.advising.smartpick.catalog.CatalogFilter;
import com.smartpick.advising.smartpick.catalog.CatalogFixtures;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.smartpick.catalog.ProgramCatalog;
import com.smartpick.advising.smartpick.catalog.ProgramDraft;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.CohortBatch;
import com.smartpick.advising.smartpick.rankedlist.ListStatus;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.smartpick.signal.SignalService;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.student.StudentFilter;
import com.smartpick.advising.student.StudentService;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.Tracker;
import com.smartpick.advising.worklist.WorklistService;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aopalliance.intercept.MethodInterceptor;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The authorization matrix: every role × every service operation × its own student (or cohort) and a foreign one, each
 * case's outcome written out below from the README's rules (its roles table and "Who sees whom"). Every public method
 * of every {@code @Service} is called by some operation here, or is listed in {@link #NEEDS_NO_AUTHORIZATION} with the
 * reason ({@link #every_public_service_method_has_a_row}). A foreign record answers "not found", exactly as a missing
 * one would; an operation outside the role is denied; an
 * operation a rule forbids in this case (enrolling someone else's current student) is refused with a message.
 * Then, for the student's advisor and mentor, what is left of their access once the relationship ends (withdrawn,
 * cohort archived, moved away) or does not (matched, unmatched). Each case runs in a transaction that is rolled back.
 */
@AdvisingTest
@Transactional
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(AdvisingTest.AUDIT_TRAIL_COUNT)
class AuthorizationMatrixTest {

    enum Outcome { ALLOWED, NOT_FOUND, DENIED, REFUSED }

    enum Target { OWN, FOREIGN }

    @Autowired DSLContext db;
    @Autowired CohortService cohorts;
    @Autowired StudentService students;
    @Autowired ProfileService profiles;
    @Autowired PersonService people;
    @Autowired ExperienceService experience;
    @Autowired FeedbackService feedback;
    @Autowired StatementService statements;
    @Autowired InboxService inbox;
    @Autowired MailOutboxService mail;
    @Autowired RosterService roster;
    @Autowired ReadinessService readiness;
    @Autowired ErasService eras;
    @Autowired CatalogService catalog;
    @Autowired ProgramCatalog programCatalog;
    @Autowired RankedListService rankedLists;
    @Autowired LetterService letters;
    @Autowired AuditService audit;
    @Autowired SignalService signals;
    @Autowired SeasonService seasons;
    @Autowired ApplicationTrackerService tracker;
    @Autowired CohortBatch cohortBatch;
    @Autowired LetterProgramService letterPrograms;
    @Autowired WorklistService worklist;
    @Autowired CurrentUser currentUser;

    interface Operation {
        void run(AuthorizationMatrixTest services, World world, long studentId, long cohortId);
    }

    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Whoever may see the student: advisor of their cohort, their mentor, the student themself, an admin. */
    static final Outcome[][] SEE_STUDENT = {{ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}};
    /** The student's own work: no one else edits it. */
    static final Outcome[][] STUDENT_OWN = {{DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}};
    /** Staff who may see the student review and write feedback; students never do. */
    static final Outcome[][] REVIEW = {{ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}};
    /** What a student keeps of their own, reached through their own id: everyone else is refused. */
    static final Outcome[][] MINE_AS_A_STUDENT = {{DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}};
    /** What the advisors of the student's cohort (and admins) do to the cohort, its students or their lists. */
    static final Outcome[][] ADVISORS_OF_THE_STUDENT = {{ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}};
    /** An advisor's or admin's overview: what is in it follows visibility, tested with each query. */
    static final Outcome[][] ADVISORS_OVERVIEW = {{ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}};
    /** Staff's overview of the students they advise or mentor. */
    static final Outcome[][] STAFF_OVERVIEW = {{ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}};
    static final Outcome[][] ADMINS_ONLY = {{DENIED, DENIED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}};
    /** The same for everyone signed in: no one's records. */
    static final Outcome[][] ANYONE = {{ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}};
    /** A student's own moves and their advisors': a mentor sees the student but only reads. */
    static final Outcome[][] STUDENT_OR_ADVISOR = {{ALLOWED, NOT_FOUND}, {DENIED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}};

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
            // a student has one current enrollment: another cohort's student is taken by a move, never by enrolling
            Map.entry("enroll another cohort's current student", new Outcome[][] {
                    {REFUSED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {REFUSED, REFUSED}}),
            Map.entry("import a roster naming another cohort's current student", new Outcome[][] {
                    {REFUSED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {REFUSED, REFUSED}}),
            Map.entry("withdraw a student", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("move a student to another cohort one runs", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("move a student into another advisor's cohort", new Outcome[][] {
                    {NOT_FOUND, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("assign a mentor", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("unassign a mentor", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("save a student's profile", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}}),
            Map.entry("create a cohort", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("look up students to enroll", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("look up mentors to assign", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            // the parts of a roster import, each owner checking the permission itself
            Map.entry("look people up by e-mail for a roster", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("add a roster's new students", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("start a roster student's profile", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            // experience records, review, feedback, personal statements, inbox
            Map.entry("list a student's experience records", SEE_STUDENT),
            Map.entry("list chosen experience records of a student", SEE_STUDENT),
            Map.entry("open an experience record", SEE_STUDENT),
            Map.entry("read an experience record's history", SEE_STUDENT),
            Map.entry("read a student's experience figures", SEE_STUDENT),
            Map.entry("download a certificate", SEE_STUDENT),
            Map.entry("create an experience record", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}}),
            Map.entry("edit an experience record", STUDENT_OWN),
            Map.entry("submit an experience record", STUDENT_OWN),
            Map.entry("attach a certificate", STUDENT_OWN),
            Map.entry("verify an experience record", REVIEW),
            Map.entry("request changes on an experience record", REVIEW),
            Map.entry("see the review queue", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("give feedback on a record", REVIEW),
            Map.entry("give general feedback", REVIEW),
            Map.entry("read feedback on a record", SEE_STUDENT),
            Map.entry("read feedback about a student", SEE_STUDENT),
            Map.entry("read a student's personal-statement drafts", SEE_STUDENT),
            Map.entry("open a personal-statement draft", SEE_STUDENT),
            Map.entry("write a personal-statement draft", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}}),
            Map.entry("save a personal-statement draft", STUDENT_OWN),
            Map.entry("share a personal-statement draft", STUDENT_OWN),
            Map.entry("stop sharing a personal-statement draft", STUDENT_OWN),
            Map.entry("delete a draft experience record", STUDENT_OWN),
            Map.entry("withdraw a submitted experience record", STUDENT_OWN),
            Map.entry("find records like an experience record", SEE_STUDENT),
            Map.entry("find my records like new details", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}}),
            Map.entry("see one's worklist", ANYONE),
            Map.entry("ask a physician outside the portal for a letter", MINE_AS_A_STUDENT),
            Map.entry("name a physician outside the portal", MINE_AS_A_STUDENT),
            Map.entry("ask a supervisor to confirm a record", STUDENT_OWN),
            Map.entry("list the lists in review", STAFF_OVERVIEW),
            Map.entry("count refused imports", ADMINS_ONLY),
            Map.entry("read one's inbox", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}}),
            // one's own settings, by one's own id; the kind here concerns every role (one that does not is refused,
            // InboxServiceTest)
            Map.entry("read one's e-mail settings", ANYONE),
            Map.entry("choose how one gets a kind of notification", ANYONE),
            Map.entry("read the mail outbox", ADMINS_ONLY),
            Map.entry("count mail failures", ADMINS_ONLY),
            Map.entry("count mail waiting to be sent", ADMINS_ONLY),
            Map.entry("see whether mail can be sent", ADMINS_ONLY),
            Map.entry("import a roster into a cohort", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("see a student on the readiness dashboard", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("read a student's ERAS selection", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("save a student's ERAS selection", new Outcome[][] {
                    {DENIED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}}),
            Map.entry("export a student's ERAS entries as PDF", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("read the programs SmartPick ranks", new Outcome[][] {
                    {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}, {ALLOWED, ALLOWED}}),
            Map.entry("browse the program catalog", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("edit a program", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("import a catalog", new Outcome[][] {
                    {DENIED, DENIED}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
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
            Map.entry("pin a list entry", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("submit a list for review", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("approve a list", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("approve a list over open concerns", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("resolve one's concern", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("publish a list", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("see a cohort's SmartPick lists", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
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
                    {DENIED, DENIED}, {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}}),
            Map.entry("export the audit trail", ADMINS_ONLY),
            Map.entry("look up people in the audit trail", ADMINS_ONLY),
            // the program catalog
            Map.entry("count the program catalog", ADMINS_ONLY),
            Map.entry("open a program", ADMINS_ONLY),
            Map.entry("save a program", ADMINS_ONLY),
            Map.entry("read the catalog's revision", ANYONE),
            // signals
            Map.entry("read a student's signals", SEE_STUDENT),
            Map.entry("list the programs a signal may go to", ANYONE),
            Map.entry("read the signals a run counts", SEE_STUDENT),
            Map.entry("place a signal", STUDENT_OR_ADVISOR),
            Map.entry("remove a signal", STUDENT_OR_ADVISOR),
            // the season
            Map.entry("open a cohort's season calendar", ADVISORS_OF_THE_STUDENT),
            Map.entry("adjust a cohort's season date", ADVISORS_OF_THE_STUDENT),
            Map.entry("read a student's season tasks", SEE_STUDENT),
            Map.entry("read one's own season", MINE_AS_A_STUDENT),
            Map.entry("confirm a season task", MINE_AS_A_STUDENT),
            Map.entry("make a calendar link", MINE_AS_A_STUDENT),
            Map.entry("stop a calendar link", MINE_AS_A_STUDENT),
            Map.entry("ask whether one has a calendar link", MINE_AS_A_STUDENT),
            // the application tracker: the student and the staff who see her read it and record in it
            Map.entry("read a student's published list", SEE_STUDENT),
            Map.entry("read a student's application tracker", SEE_STUDENT),
            Map.entry("list a student's tracked seasons", SEE_STUDENT),
            Map.entry("record a student's applications", SEE_STUDENT),
            Map.entry("follow a cohort's applications", ADVISORS_OF_THE_STUDENT),
            Map.entry("list a cohort's tracked seasons", ADVISORS_OF_THE_STUDENT),
            Map.entry("count the students who need help with applications", ADVISORS_OVERVIEW),
            Map.entry("read a cohort's outcomes against predictions", ADVISORS_OF_THE_STUDENT),
            // ranked lists
            Map.entry("open a student's SmartPick page", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("read my published list", MINE_AS_A_STUDENT),
            Map.entry("return a list to draft", ADVISORS_OF_THE_STUDENT),
            Map.entry("exclude a list entry", ADVISORS_OF_THE_STUDENT),
            Map.entry("include a list entry again", ADVISORS_OF_THE_STUDENT),
            Map.entry("move a list entry", ADVISORS_OF_THE_STUDENT),
            Map.entry("edit one's annotation", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {ALLOWED, ALLOWED}}),
            Map.entry("record a cohort batch", ADVISORS_OF_THE_STUDENT),
            Map.entry("run SmartPick for a cohort", ADVISORS_OF_THE_STUDENT),
            // readiness
            Map.entry("count the readiness dashboard's students", ADVISORS_OVERVIEW),
            Map.entry("read the readiness dashboard's figures", ADVISORS_OVERVIEW),
            Map.entry("list the readiness dashboard's cohorts", ADVISORS_OVERVIEW),
            Map.entry("list the readiness dashboard's mentors", ADVISORS_OVERVIEW),
            Map.entry("export the readiness dashboard", ADVISORS_OVERVIEW),
            // a student's own file
            Map.entry("read my profile", MINE_AS_A_STUDENT),
            Map.entry("read my ERAS selection", MINE_AS_A_STUDENT),
            Map.entry("export a student's ERAS entries as text", new Outcome[][] {
                    {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, NOT_FOUND}, {ALLOWED, ALLOWED}}),
            Map.entry("list my personal-statement drafts", MINE_AS_A_STUDENT),
            Map.entry("list my experience records", MINE_AS_A_STUDENT),
            Map.entry("read my experience figures", MINE_AS_A_STUDENT),
            Map.entry("read a student's hands-on USCE months", SEE_STUDENT),
            Map.entry("list a record's certificates", SEE_STUDENT),
            Map.entry("remove a certificate", STUDENT_OWN),
            // feedback
            Map.entry("give feedback announced in one's own words", REVIEW),
            Map.entry("read feedback on a personal-statement draft", SEE_STUDENT),
            Map.entry("read general feedback about a student", SEE_STUDENT),
            // cohorts and students
            Map.entry("list my cohorts", ADVISORS_OVERVIEW),
            Map.entry("restore an archived cohort", ADVISORS_OF_THE_STUDENT),
            Map.entry("check students for a bulk enrollment", ADVISORS_OF_THE_STUDENT),
            Map.entry("enroll students in bulk", ADVISORS_OF_THE_STUDENT),
            Map.entry("list students", STAFF_OVERVIEW),
            Map.entry("count students", STAFF_OVERVIEW),
            Map.entry("list the cohorts students are filtered by", STAFF_OVERVIEW),
            // letters
            Map.entry("list my letters", MINE_AS_A_STUDENT),
            Map.entry("list the mentors I may ask for a letter", MINE_AS_A_STUDENT),
            Map.entry("list my approved letters", MINE_AS_A_STUDENT),
            Map.entry("see which of my letters go to which program", MINE_AS_A_STUDENT),
            Map.entry("send my letters to a program", MINE_AS_A_STUDENT),
            Map.entry("preview placing my letters on many programs", MINE_AS_A_STUDENT),
            Map.entry("place my letters on many programs", MINE_AS_A_STUDENT),
            Map.entry("list the letters asked of me", new Outcome[][] {
                    {DENIED, DENIED}, {ALLOWED, ALLOWED}, {DENIED, DENIED}, {DENIED, DENIED}}),
            Map.entry("list my students' letters", ADVISORS_OVERVIEW),
            Map.entry("read a letter's revisions", new Outcome[][] {
                    {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}}),
            Map.entry("upload a letter as a PDF", new Outcome[][] {
                    {DENIED, DENIED}, {ALLOWED, NOT_FOUND}, {DENIED, DENIED}, {DENIED, DENIED}}));

    static final Map<String, Operation> OPERATIONS = Map.ofEntries(
            Map.entry("ask a physician outside the portal for a letter", (s, w, student, cohort) ->
                    s.letters.requestFromOutside(new OutsideLetterRequest("Dr. Outside", "dr.outside@hospital.invalid",
                            "Internal Medicine", null, List.of("Mercy"), LocalDate.now().plusDays(30), true))),
            Map.entry("name a physician outside the portal", (s, w, student, cohort) ->
                    s.people.outsidePhysician("Dr. Outside", "dr.outside@hospital.invalid")),
            Map.entry("ask a supervisor to confirm a record", (s, w, student, cohort) ->
                    s.experience.askForConfirmation(s.record(student, "SUBMITTED"))),
            Map.entry("see one's worklist", (s, w, student, cohort) -> s.worklist.mine()),
            Map.entry("list the lists in review", (s, w, student, cohort) -> s.rankedLists.inReview()),
            Map.entry("count refused imports", (s, w, student, cohort) -> s.audit.refusedInLast(7)),
            Map.entry("open a student's page", (s, w, student, cohort) -> s.students.student(student)),
            Map.entry("read a student's profile", (s, w, student, cohort) -> s.profiles.profileOf(student)),
            Map.entry("open a cohort", (s, w, student, cohort) -> s.cohorts.cohort(cohort)),
            Map.entry("list a cohort's members", (s, w, student, cohort) -> s.cohorts.members(cohort)),
            Map.entry("rename a cohort", (s, w, student, cohort) ->
                    s.cohorts.rename(cohort, 0, TestData.unique("Renamed"), "2028 Main Residency Match")),
            Map.entry("archive a cohort", (s, w, student, cohort) -> s.cohorts.archive(cohort, 0)),
            Map.entry("enroll a student", (s, w, student, cohort) -> s.cohorts.enroll(cohort, w.newStudent().personId())),
            Map.entry("change an enrollment's status", (s, w, student, cohort) ->
                    s.cohorts.setStatus(cohort, student, EnrollmentStatus.MATCHED)),
            Map.entry("enroll another cohort's current student", (s, w, student, cohort) ->
                    s.cohorts.enroll(cohort, otherStudent(w, student))),
            Map.entry("import a roster naming another cohort's current student", (s, w, student, cohort) ->
                    s.roster.importRoster(cohort, "roster.csv", ("name,email\nTaken Student," + new TestData(s.db)
                            .email(otherStudent(w, student)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            Map.entry("withdraw a student", (s, w, student, cohort) -> s.cohorts.withdraw(cohort, student)),
            Map.entry("move a student to another cohort one runs", (s, w, student, cohort) ->
                    s.cohorts.move(student, cohort, new TestData(s.db).cohort("Second cohort", s.currentUser.require()))),
            Map.entry("move a student into another advisor's cohort", (s, w, student, cohort) ->
                    s.cohorts.move(student, cohort, cohort == w.cohortA() ? w.cohortB() : w.cohortA())),
            Map.entry("assign a mentor", (s, w, student, cohort) ->
                    s.cohorts.assignMentor(cohort, student, w.mentorB().personId())),
            Map.entry("unassign a mentor", (s, w, student, cohort) ->
                    s.cohorts.unassignMentor(cohort, student, student == w.studentA().personId()
                            ? w.mentorA().personId() : w.mentorB().personId())),
            Map.entry("save a student's profile", (s, w, student, cohort) -> s.profiles.saveMyProfile(validProfile(student))),
            Map.entry("create a cohort", (s, w, student, cohort) -> s.cohorts.create(TestData.unique("New cohort"), "2027 Main Residency Match")),
            Map.entry("look up students to enroll", (s, w, student, cohort) -> s.cohorts.studentsToEnroll(cohort, "student")),
            Map.entry("look up mentors to assign", (s, w, student, cohort) -> s.people.mentors("mentor")),
            Map.entry("look people up by e-mail for a roster", (s, w, student, cohort) ->
                    s.people.peopleByEmail(List.of("someone@roster.invalid"))),
            Map.entry("add a roster's new students", (s, w, student, cohort) ->
                    s.people.importStudents(Map.of(java.util.UUID.randomUUID() + "@roster.invalid", "Imported Student"))),
            Map.entry("start a roster student's profile", (s, w, student, cohort) ->
                    s.profiles.startProfiles(List.of(ApplicantProfile.empty(student)))),
            Map.entry("list a student's experience records", (s, w, student, cohort) -> s.experience.recordsOf(student)),
            Map.entry("list chosen experience records of a student", (s, w, student, cohort) ->
                    s.experience.recordsOf(student, List.of(s.record(student, "DRAFT")))),
            Map.entry("open an experience record", (s, w, student, cohort) -> s.experience.record(s.record(student, "DRAFT"))),
            Map.entry("read an experience record's history", (s, w, student, cohort) ->
                    s.experience.history(s.record(student, "DRAFT"))),
            Map.entry("read a student's experience figures", (s, w, student, cohort) -> s.experience.summaryOf(student)),
            Map.entry("download a certificate", (s, w, student, cohort) -> s.experience.download(s.certificate(student))),
            Map.entry("create an experience record", (s, w, student, cohort) ->
                    s.experience.create(Experiences.usRotation("Mercy Hospital"))),
            Map.entry("edit an experience record", (s, w, student, cohort) ->
                    s.experience.edit(s.record(student, "DRAFT"), 0, Experiences.usRotation("Mercy Hospital"))),
            Map.entry("submit an experience record", (s, w, student, cohort) -> s.experience.submit(s.record(student, "DRAFT"), 0)),
            Map.entry("attach a certificate", (s, w, student, cohort) ->
                    s.experience.attach(s.record(student, "DRAFT"), "certificate.pdf", PDF)),
            Map.entry("verify an experience record", (s, w, student, cohort) -> s.experience.verify(s.record(student, "SUBMITTED"), 0)),
            Map.entry("request changes on an experience record", (s, w, student, cohort) ->
                    s.experience.requestChanges(s.record(student, "SUBMITTED"), 0, "Add the supervisor's e-mail.")),
            Map.entry("see the review queue", (s, w, student, cohort) -> s.experience.reviewQueue("")),
            Map.entry("give feedback on a record", (s, w, student, cohort) ->
                    s.feedback.give(FeedbackAbout.RECORD, s.record(student, "DRAFT"), FeedbackVisibility.STUDENT, "Good")),
            Map.entry("give general feedback", (s, w, student, cohort) ->
                    s.feedback.give(FeedbackAbout.GENERAL, student, FeedbackVisibility.STAFF_ONLY, "On track")),
            Map.entry("read feedback on a record", (s, w, student, cohort) -> s.feedback.onRecord(s.record(student, "DRAFT"))),
            Map.entry("read feedback about a student", (s, w, student, cohort) -> s.feedback.allAbout(student)),
            Map.entry("read a student's personal-statement drafts", (s, w, student, cohort) -> s.statements.draftsOf(student)),
            Map.entry("open a personal-statement draft", (s, w, student, cohort) -> s.statements.draft(s.statement(student))),
            Map.entry("write a personal-statement draft", (s, w, student, cohort) -> s.statements.create("Internal Medicine")),
            Map.entry("save a personal-statement draft", (s, w, student, cohort) ->
                    s.statements.save(s.statement(student), 0, "Internal Medicine", "Why internal medicine")),
            Map.entry("share a personal-statement draft", (s, w, student, cohort) -> s.statements.share(s.statement(student))),
            Map.entry("stop sharing a personal-statement draft", (s, w, student, cohort) ->
                    s.statements.unshare(s.statement(student))),
            Map.entry("delete a draft experience record", (s, w, student, cohort) ->
                    s.experience.delete(s.record(student, "DRAFT"), 0)),
            Map.entry("withdraw a submitted experience record", (s, w, student, cohort) ->
                    s.experience.withdraw(s.record(student, "SUBMITTED"), 0)),
            Map.entry("find records like an experience record", (s, w, student, cohort) ->
                    s.experience.lookAlikesOf(s.record(student, "SUBMITTED"))),
            Map.entry("find my records like new details", (s, w, student, cohort) ->
                    s.experience.myLookAlikes(Experiences.usRotation("Mercy Hospital"))),
            Map.entry("read one's inbox", (s, w, student, cohort) -> s.inbox.mine()),
            Map.entry("read one's e-mail settings", (s, w, student, cohort) -> s.inbox.mySettings()),
            Map.entry("choose how one gets a kind of notification", (s, w, student, cohort) ->
                    s.inbox.choose(NotificationKind.TASK_LATE, Delivery.DIGEST)),
            Map.entry("read the mail outbox", (s, w, student, cohort) -> s.mail.recent()),
            Map.entry("count mail failures", (s, w, student, cohort) -> s.mail.failureCount()),
            Map.entry("count mail waiting to be sent", (s, w, student, cohort) -> s.mail.waitingCount()),
            Map.entry("see whether mail can be sent", (s, w, student, cohort) -> s.mail.canSend()),
            Map.entry("import a roster into a cohort", (s, w, student, cohort) -> s.roster.importRoster(cohort, "roster.csv",
                    ("name,email\nImported Student," + java.util.UUID.randomUUID() + "@roster.invalid\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            Map.entry("see a student on the readiness dashboard", (s, w, student, cohort) -> {
                if (s.readiness.page(new ReadinessFilter(null, cohort, null, null), new PageRequest(0, 500, List.of())).stream().noneMatch(r -> r.studentId() == student)) {
                    throw new NotFoundException("Student");
                }
            }),
            Map.entry("read a student's ERAS selection", (s, w, student, cohort) -> s.eras.selection(student)),
            Map.entry("save a student's ERAS selection", (s, w, student, cohort) -> s.eras.save(student, -1, List.of())),
            Map.entry("export a student's ERAS entries as PDF", (s, w, student, cohort) -> s.eras.exportPdf(student)),
            Map.entry("read the programs SmartPick ranks", (s, w, student, cohort) -> s.programCatalog.programs()),
            Map.entry("browse the program catalog", (s, w, student, cohort) ->
                    s.catalog.page(CatalogFilter.NONE, new PageRequest(0, 10, List.of()))),
            Map.entry("edit a program", (s, w, student, cohort) -> {
                var program = s.firstProgram();
                s.catalog.setActive(program.getId(), program.getVersion(), !program.getActive());
            }),
            Map.entry("import a catalog", (s, w, student, cohort) ->
                    s.catalog.importCsv("catalog.csv", CatalogFixtures.csv(CatalogFixtures.programs(1)))),
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
            Map.entry("pin a list entry", (s, w, student, cohort) -> {
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
            Map.entry("approve a list over open concerns", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.IN_REVIEW);
                s.rankedLists.approveOverConcerns(list.id(), list.version(), "Discussed with the mentor");
            }),
            Map.entry("resolve one's concern", (s, w, student, cohort) -> s.rankedLists.resolveConcern(
                    s.annotationOfMine(s.listOf(w, student, ListStatus.DRAFT), "CONCERN"), 0)),
            Map.entry("publish a list", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.APPROVED);
                s.rankedLists.publish(list.id(), list.version());
            }),
            Map.entry("see a cohort's SmartPick lists", (s, w, student, cohort) -> s.rankedLists.cohortLists(cohort)),
            Map.entry("request a letter from my mentor", (s, w, student, cohort) -> s.letters.request(
                    new LetterRequest(w.mentorA().personId(), "Internal Medicine", null, List.of("Test Program"),
                            LocalDate.now().plusDays(30), true))),
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
            Map.entry("see who viewed my record", (s, w, student, cohort) -> s.audit.myDisclosures(0, 10)),
            Map.entry("export the audit trail", (s, w, student, cohort) ->
                    s.audit.exportCsv(new AuditFilter(null, student, "", null, null), new StringBuilder())),
            Map.entry("look up people in the audit trail", (s, w, student, cohort) -> s.audit.people("Student", Role.STUDENT)),
            Map.entry("count the program catalog", (s, w, student, cohort) -> s.catalog.count(CatalogFilter.NONE)),
            Map.entry("open a program", (s, w, student, cohort) -> s.catalog.entry(s.firstProgram().getId())),
            Map.entry("save a program", (s, w, student, cohort) -> {
                var stored = s.firstProgram();
                Program program = s.programCatalog.programs().stream().filter(p -> p.id().equals(stored.getCode()))
                        .findFirst().orElseThrow();
                s.catalog.save(stored.getId(), stored.getVersion(), ProgramDraft.of(program));
            }),
            Map.entry("read the catalog's revision", (s, w, student, cohort) -> s.programCatalog.revision()),
            Map.entry("read a student's signals", (s, w, student, cohort) -> s.signals.board(student, Specialty.INTERNAL_MEDICINE)),
            Map.entry("open a cohort's season calendar", (s, w, student, cohort) -> s.seasons.timeline(cohort)),
            Map.entry("adjust a cohort's season date", (s, w, student, cohort) -> s.seasons.adjust(cohort,
                    Milestone.MATCH_DAY, 0, LocalDate.of(2027, 3, 18), null)),
            Map.entry("read a student's season tasks", (s, w, student, cohort) -> s.seasons.studentSeason(student)),
            Map.entry("read one's own season", (s, w, student, cohort) -> s.seasons.mySeason()),
            Map.entry("confirm a season task", (s, w, student, cohort) -> s.seasons.confirm(TaskKind.STATEMENT_FINAL, true)),
            Map.entry("make a calendar link", (s, w, student, cohort) -> s.seasons.newFeedToken()),
            Map.entry("stop a calendar link", (s, w, student, cohort) -> s.seasons.revokeFeed()),
            Map.entry("ask whether one has a calendar link", (s, w, student, cohort) -> s.seasons.hasFeed()),
            Map.entry("list the programs a signal may go to", (s, w, student, cohort) ->
                    s.signals.programsOf(Specialty.INTERNAL_MEDICINE)),
            Map.entry("read the signals a run counts", (s, w, student, cohort) ->
                    s.signals.placedFor(student, Specialty.INTERNAL_MEDICINE)),
            Map.entry("place a signal", (s, w, student, cohort) -> s.signals.place(student, Specialty.INTERNAL_MEDICINE,
                    s.internalMedicineProgram(), SignalTier.PRIMARY)),
            Map.entry("remove a signal", (s, w, student, cohort) -> {
                long signal = s.asAdmin(w, () -> s.signals.place(student, Specialty.INTERNAL_MEDICINE,
                        s.internalMedicineProgram(), SignalTier.PRIMARY)).placed().get(0).id();
                s.signals.remove(student, Specialty.INTERNAL_MEDICINE, signal);
            }),
            Map.entry("read a student's published list", (s, w, student, cohort) ->
                    s.rankedLists.publishedList(student)),
            Map.entry("read a student's application tracker", (s, w, student, cohort) ->
                    s.tracker.tracker(student, Season.matchYearOn(LocalDate.now()))),
            Map.entry("list a student's tracked seasons", (s, w, student, cohort) -> s.tracker.seasons(student)),
            Map.entry("record a student's applications", (s, w, student, cohort) -> {
                s.listOf(w, student, ListStatus.PUBLISHED);
                Tracker mine = s.tracker.tracker(student, Season.matchYearOn(LocalDate.now()));
                s.tracker.save(student, List.of(mine.programs().get(0).unchanged().withApplied(LocalDate.now())));
            }),
            Map.entry("follow a cohort's applications", (s, w, student, cohort) -> s.tracker.cohortProgress(cohort,
                    Season.matchYearOn(LocalDate.now()))),
            Map.entry("list a cohort's tracked seasons", (s, w, student, cohort) -> s.tracker.outcomeSeasons(cohort)),
            Map.entry("count the students who need help with applications",
                    (s, w, student, cohort) -> s.tracker.needingHelpNow()),
            Map.entry("read a cohort's outcomes against predictions", (s, w, student, cohort) ->
                    s.tracker.outcomes(cohort, Season.matchYearOn(LocalDate.now()) - 1)),
            Map.entry("open a student's SmartPick page", (s, w, student, cohort) -> s.rankedLists.setup(student)),
            Map.entry("read my published list", (s, w, student, cohort) -> s.rankedLists.myPublishedList()),
            Map.entry("return a list to draft", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.IN_REVIEW);
                s.rankedLists.returnToDraft(list.id(), list.version());
            }),
            Map.entry("exclude a list entry", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.DRAFT);
                s.rankedLists.exclude(list.id(), list.version(), list.entries().get(0).id(), "Too far away");
            }),
            Map.entry("include a list entry again", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.DRAFT);
                s.rankedLists.include(list.id(), list.version(), list.entries().get(0).id());
            }),
            Map.entry("move a list entry", (s, w, student, cohort) -> {
                RankedList list = s.listOf(w, student, ListStatus.DRAFT);
                s.rankedLists.move(list.id(), list.version(), list.entries().get(0).id(), 2);
            }),
            Map.entry("edit one's annotation", (s, w, student, cohort) -> s.rankedLists.editAnnotation(
                    s.annotationOfMine(s.listOf(w, student, ListStatus.DRAFT), "NOTE"), 0, AnnotationKind.CONCERN, "Check the visa")),
            Map.entry("record a cohort batch", (s, w, student, cohort) -> s.rankedLists.recordBatch(cohort, 1, 0)),
            Map.entry("run SmartPick for a cohort", (s, w, student, cohort) -> s.cohortBatch.run(cohort, 10, (done, all, name) -> { })),
            Map.entry("count the readiness dashboard's students", (s, w, student, cohort) ->
                    s.readiness.count(new ReadinessFilter(null, cohort, null, null))),
            Map.entry("read the readiness dashboard's figures", (s, w, student, cohort) ->
                    s.readiness.summary(new ReadinessFilter(null, cohort, null, null))),
            Map.entry("list the readiness dashboard's cohorts", (s, w, student, cohort) -> s.readiness.cohortChoices()),
            Map.entry("list the readiness dashboard's mentors", (s, w, student, cohort) -> s.readiness.mentorChoices()),
            Map.entry("export the readiness dashboard", (s, w, student, cohort) ->
                    s.readiness.exportCsv(new ReadinessFilter(null, cohort, null, null), List.of())),
            Map.entry("read my profile", (s, w, student, cohort) -> s.profiles.myProfile()),
            Map.entry("read my ERAS selection", (s, w, student, cohort) -> s.eras.mine()),
            Map.entry("export a student's ERAS entries as text", (s, w, student, cohort) -> s.eras.exportText(student)),
            Map.entry("list my personal-statement drafts", (s, w, student, cohort) -> s.statements.myDrafts()),
            Map.entry("list my experience records", (s, w, student, cohort) -> s.experience.myRecords()),
            Map.entry("read my experience figures", (s, w, student, cohort) -> s.experience.mySummary()),
            Map.entry("read a student's hands-on USCE months", (s, w, student, cohort) -> s.experience.handsOnUsceMonths(student)),
            Map.entry("list a record's certificates", (s, w, student, cohort) -> s.experience.attachments(s.record(student, "DRAFT"))),
            Map.entry("remove a certificate", (s, w, student, cohort) -> {
                long record = s.record(student, "DRAFT");
                s.experience.removeAttachment(record, s.attachment(record, student));
            }),
            Map.entry("give feedback announced in one's own words", (s, w, student, cohort) -> s.feedback.give(
                    FeedbackAbout.RECORD, s.record(student, "DRAFT"), FeedbackVisibility.STUDENT, "Good",
                    new Announcement("feedback", "Your mentor liked it."))),
            Map.entry("read feedback on a personal-statement draft", (s, w, student, cohort) ->
                    s.feedback.onStatement(s.statement(student))),
            Map.entry("read general feedback about a student", (s, w, student, cohort) -> s.feedback.generalAbout(student)),
            Map.entry("list my cohorts", (s, w, student, cohort) -> s.cohorts.myCohorts(true)),
            Map.entry("restore an archived cohort", (s, w, student, cohort) ->
                    s.cohorts.restore(cohort, s.asAdmin(w, () -> s.cohorts.archive(cohort, 0)).version())),
            Map.entry("check students for a bulk enrollment", (s, w, student, cohort) ->
                    s.cohorts.refusedForBulkEnrollment(cohort, List.of(w.newStudent().personId()))),
            Map.entry("enroll students in bulk", (s, w, student, cohort) ->
                    s.cohorts.enrollAll(cohort, List.of(w.newStudent().personId()))),
            Map.entry("list students", (s, w, student, cohort) -> s.students.page(StudentFilter.NONE, new PageRequest(0, 10, List.of()))),
            Map.entry("count students", (s, w, student, cohort) -> s.students.count(StudentFilter.NONE)),
            Map.entry("list the cohorts students are filtered by", (s, w, student, cohort) -> s.students.cohortChoices()),
            Map.entry("list my letters", (s, w, student, cohort) -> s.letters.myLetters()),
            Map.entry("list the mentors I may ask for a letter", (s, w, student, cohort) -> s.letters.myMentors()),
            Map.entry("list my approved letters", (s, w, student, cohort) -> s.letterPrograms.myApprovedLetters()),
            Map.entry("see which of my letters go to which program", (s, w, student, cohort) ->
                    s.letterPrograms.myLettersByProgram()),
            Map.entry("send my letters to a program", (s, w, student, cohort) -> s.letterPrograms.sendLetters("IM-0001", Set.of())),
            Map.entry("preview placing my letters on many programs", (s, w, student, cohort) ->
                    s.letterPrograms.planLetters(List.of("IM-0001"), Set.of(), LetterPlacement.REPLACE)),
            Map.entry("place my letters on many programs", (s, w, student, cohort) ->
                    s.letterPrograms.placeLetters(List.of("IM-0001"), Set.of(), LetterPlacement.REPLACE)),
            Map.entry("list the letters asked of me", (s, w, student, cohort) -> s.letters.askedOfMe()),
            Map.entry("list my students' letters", (s, w, student, cohort) -> s.letters.ofMyStudents(null)),
            Map.entry("read a letter's revisions", (s, w, student, cohort) ->
                    s.letters.revisions(s.letter(w, student, "DRAFTING", false))),
            Map.entry("upload a letter as a PDF", (s, w, student, cohort) -> s.letters.uploadPdf(
                    s.letter(w, student, "REQUESTED", false), 0, "letter.pdf", PDF, Letterhead.EMPTY)));

    long record(long studentId, String status) {
        return Experiences.insert(db, studentId, status);
    }

    long certificate(long studentId) {
        return attachment(record(studentId, "DRAFT"), studentId);
    }

    long attachment(long recordId, long studentId) {
        return db.insertInto(EXPERIENCE_ATTACHMENT).set(EXPERIENCE_ATTACHMENT.RECORD_ID, recordId)
                .set(EXPERIENCE_ATTACHMENT.FILE_NAME, "certificate.pdf").set(EXPERIENCE_ATTACHMENT.MEDIA_TYPE, "application/pdf")
                .set(EXPERIENCE_ATTACHMENT.SIZE_BYTES, PDF.length).set(EXPERIENCE_ATTACHMENT.CONTENT, PDF)
                .set(EXPERIENCE_ATTACHMENT.UPLOADED_BY, studentId)
                .returning(EXPERIENCE_ATTACHMENT.ID).fetchSingle(EXPERIENCE_ATTACHMENT.ID);
    }

    /** A draft the student shared, so that staff who may see the student read it (an unshared one: StatementServiceTest). */
    long statement(long studentId) {
        return db.insertInto(PERSONAL_STATEMENT).set(PERSONAL_STATEMENT.STUDENT_ID, studentId)
                .set(PERSONAL_STATEMENT.TITLE, "Internal Medicine").set(PERSONAL_STATEMENT.SHARED_AT, OffsetDateTime.now())
                .returning(PERSONAL_STATEMENT.ID).fetchSingle(PERSONAL_STATEMENT.ID);
    }

    /** A list of the student moved up to {@code status} by an admin. */
    RankedList listOf(World world, long studentId, ListStatus status) {
        return asAdmin(world, () -> {
            RankedList list = rankedLists.run(studentId, Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
            List<ListStatus> steps = List.of(ListStatus.IN_REVIEW, ListStatus.APPROVED, ListStatus.PUBLISHED);
            for (ListStatus step : steps.subList(0, Math.max(0, steps.indexOf(status) + 1))) {
                list = switch (step) {
                    case IN_REVIEW -> rankedLists.submitForReview(list.id(), list.version());
                    case APPROVED -> rankedLists.approve(list.id(), list.version());
                    default -> rankedLists.publish(list.id(), list.version());
                };
            }
            return list;
        });
    }

    /** What the world's admin gets from the setup, leaving the test's sign-in as it was. */
    <T> T asAdmin(World world, Supplier<T> setup) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(world.admin());
        try {
            return setup.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(signedIn);
        }
    }

    /** An annotation on the list's first entry written by whoever is signed in. */
    long annotationOfMine(RankedList list, String kind) {
        return db.insertInto(RANKED_ANNOTATION).set(RANKED_ANNOTATION.ENTRY_ID, list.entries().get(0).id())
                .set(RANKED_ANNOTATION.AUTHOR_ID, currentUser.require().personId()).set(RANKED_ANNOTATION.KIND, kind)
                .set(RANKED_ANNOTATION.TEXT, "A note").returning(RANKED_ANNOTATION.ID).fetchSingle(RANKED_ANNOTATION.ID);
    }

    ProgramRecord firstProgram() {
        return db.selectFrom(PROGRAM).orderBy(PROGRAM.ID).limit(1).fetchSingle();
    }

    String internalMedicineProgram() {
        return programCatalog.programs().stream().filter(p -> p.specialty() == Specialty.INTERNAL_MEDICINE)
                .findFirst().orElseThrow().id();
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

    /** How student A's relationship with cohort A changed, and what her advisor and mentor there keep of it. */
    enum Change {
        WITHDRAWN(NOT_FOUND, NOT_FOUND),
        COHORT_ARCHIVED(NOT_FOUND, NOT_FOUND),
        // an admin moves her into advisor B's cohort; her mentors move with her
        MOVED_TO_ANOTHER_ADVISOR(NOT_FOUND, ALLOWED),
        // the office follows up after Match Day and through SOAP while the cohort is live
        MATCHED(ALLOWED, ALLOWED),
        UNMATCHED(ALLOWED, ALLOWED);

        final Outcome advisor;
        final Outcome mentor;

        Change(Outcome advisor, Outcome mentor) {
            this.advisor = advisor;
            this.mentor = mentor;
        }

        void apply(AuthorizationMatrixTest s, World world) {
            long student = world.studentA().personId();
            switch (this) {
                case WITHDRAWN -> s.cohorts.withdraw(world.cohortA(), student);
                case COHORT_ARCHIVED -> s.cohorts.archive(world.cohortA(), 0);
                case MOVED_TO_ANOTHER_ADVISOR -> s.cohorts.move(student, world.cohortA(), world.cohortB());
                case MATCHED -> s.cohorts.setStatus(world.cohortA(), student, EnrollmentStatus.MATCHED);
                case UNMATCHED -> s.cohorts.setStatus(world.cohortA(), student, EnrollmentStatus.UNMATCHED);
            }
        }
    }

    /** What staff do with a student's records: each needs the relationship, so each ends with it. */
    static final List<String> WORK_WITH_A_STUDENT = List.of("open a student's page", "read a student's profile",
            "list a student's experience records", "list chosen experience records of a student",
            "open an experience record", "read an experience record's history",
            "download a certificate", "verify an experience record", "give general feedback",
            "read feedback about a student", "read a student's personal-statement drafts", "open a letter",
            "read a submitted letter", "download an approved waived letter", "save a letter draft", "approve a letter",
            "list a student's approved letters", "see a student on the readiness dashboard",
            "read a student's ERAS selection", "save a student's ERAS selection", "list a student's list versions",
            "read an unpublished list", "annotate a list entry", "run SmartPick for a student",
            "read a student's season tasks", "read a student's application tracker", "record a student's applications");

    static Stream<Arguments> relationshipCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Change change : Change.values()) {
            for (Role role : List.of(Role.ADVISOR, Role.MENTOR)) {
                for (String operation : WORK_WITH_A_STUDENT) {
                    // only what the role may do with its own student while the relationship lasts
                    if (EXPECTED.get(operation)[role.ordinal()][Target.OWN.ordinal()] == ALLOWED) {
                        cases.add(Arguments.of(change, role, operation, role == Role.ADVISOR ? change.advisor : change.mentor));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: her former {1} may {2}: {3}")
    @MethodSource("relationshipCases")
    void access_ends_when_the_relationship_ends(Change change, Role role, String operation, Outcome expected) {
        World world = new TestData(db).world();
        // staff-only feedback, which must leave with the relationship too
        SignIn.as(world.advisorA());
        feedback.give(FeedbackAbout.GENERAL, world.studentA().personId(), FeedbackVisibility.STAFF_ONLY, "Staff only");
        SignIn.as(world.admin());
        change.apply(this, world);
        SignIn.as(world.actingAs(role));

        assertThat(outcome(() -> OPERATIONS.get(operation).run(this, world, world.studentA().personId(), world.cohortA())))
                .isEqualTo(expected);
    }

    /**
     * Public service methods no row calls, each (or its whole class) with the reason it checks no permission and no
     * student. Everything else a service offers must have a row.
     */
    static final Map<String, String> NEEDS_NO_AUTHORIZATION = Map.ofEntries(
            Map.entry("AuditTrail", "services write their own events inside operations they checked; no view calls it"),
            Map.entry("InboxService.notify", "services announce to a person inside operations they checked"),
            Map.entry("InboxService.unreadCount", "the signed-in person's own inbox, by their own id (each overload)"),
            Map.entry("InboxService.markRead", "the signed-in person's own inbox, by their own id"),
            Map.entry("InboxService.markAllRead", "the signed-in person's own inbox, by their own id"),
            Map.entry("InboxService.unsubscribe", "an e-mail's unsubscribe link, signed in or not: its HMAC signature is "
                    + "the authority, and it only stops that person's e-mails of its kind (InboxServiceTest)"),
            Map.entry("UnsavedTextService", "the signed-in person's own unsaved typing, by their own id"),
            Map.entry("PersonService.signIn", "signing in: there is no viewer yet"),
            Map.entry("PersonService.recordLogin", "signing in: there is no viewer yet"),
            Map.entry("PersonService.bySubject", "the launcher's own accounts signing in: there is no viewer yet"),
            Map.entry("PersonService.withSubjectPrefix", "the launcher's demo accounts, listed on its login page"),
            Map.entry("OutsideMail", "services send inside operations they checked; no view calls it"),
            Map.entry("LetterService.linkedLetter", "a physician outside the portal: the single-use link is the key"),
            Map.entry("LetterService.uploadThroughLink", "a physician outside the portal: the single-use link is the key"),
            Map.entry("ExperienceService.confirmationRequest", "a supervising physician: the single-use link is the key"),
            Map.entry("ExperienceService.answerConfirmation", "a supervising physician: the single-use link is the key"),
            Map.entry("PersonService.createDemoAccount", "the standalone launcher making its demo people before anyone signs in"),
            Map.entry("CatalogSeed", "fills an empty catalog when the application starts"),
            Map.entry("PreviewService", "Try SmartPick, for visitors without an account: no one's records, nothing kept"),
            Map.entry("RosterService.sampleCsv", "the blank sample file, the same for everyone"),
            Map.entry("FeedbackService.canWrite", "answers whether the viewer holds a permission; reads nothing"),
            Map.entry("LetterService.actionsOn", "answers, by the commands' own rule, on a letter the viewer already read"),
            Map.entry("ExperienceService.actionsOn", "answers, by the commands' own rule, on a record the viewer already read"),
            Map.entry("RankedListService.actionsOn", "answers, by the commands' own rule, on a list the viewer already read"),
            Map.entry("CalendarFeeds", "a calendar app's request, signed in by no one: the secret token names the one student "
                    + "whose milestones and task titles it opens (SeasonServiceTest, CalendarFeedTest)"),
            Map.entry("TaskAnnouncements", "the daily job, run by no one: it writes each student's own inbox about her own tasks"),
            Map.entry("LetterReminders", "the daily job, run by no one: it reminds each letter's own writer of its due date"));

    /**
     * Runs every operation once, as an advisor, through services that note each public method called on them as that
     * advisor (so not the setup an admin does), and compares with every public method of every {@code @Service}.
     */
    @Test
    void every_public_service_method_has_a_row() {
        Set<String> called = new TreeSet<>();
        List<String> callingNothing = new ArrayList<>();
        for (String operation : OPERATIONS.keySet().stream().sorted().toList()) {
            World world = new TestData(db).world();
            Viewer advisor = SignIn.as(world.advisorA());
            Set<String> calls = new TreeSet<>();
            outcome(() -> OPERATIONS.get(operation).run(noting(calls, advisor), world, world.studentA().personId(), world.cohortA()));
            if (calls.isEmpty()) {
                callingNothing.add(operation);
            }
            called.addAll(calls);
        }
        List<String> methods = publicServiceMethods();

        assertThat(callingNothing).as("operations that call no service method").isEmpty();
        assertThat(EXPECTED.keySet()).as("operations with an expected outcome").isEqualTo(OPERATIONS.keySet());
        assertThat(NEEDS_NO_AUTHORIZATION.keySet()).as("exemptions naming no service method")
                .allMatch(exempt -> methods.stream().anyMatch(m -> m.startsWith(exempt + ".") || m.startsWith(exempt + "(")));
        assertThat(methods.stream().filter(m -> !called.contains(m) && !exempt(m)).toList())
                .as("public service methods with no row in the matrix and no reason in NEEDS_NO_AUTHORIZATION").isEmpty();
    }

    private static boolean exempt(String method) {
        String type = method.substring(0, method.indexOf('.'));
        return NEEDS_NO_AUTHORIZATION.containsKey(type)
                || NEEDS_NO_AUTHORIZATION.containsKey(method.substring(0, method.indexOf('(')));
    }

    /** {@code Type.method(Parameter, …)} of every public instance method declared by a {@code @Service} class. */
    private static List<String> publicServiceMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("com.smartpick.advising").stream()
                .map(bean -> ClassUtils.resolveClassName(Objects.requireNonNull(bean.getBeanClassName()), null))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic())
                .map(AuthorizationMatrixTest::signature).sorted().toList();
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    /** This test's services, each noting into {@code calls} the public methods called on it while {@code viewer} is signed in. */
    private AuthorizationMatrixTest noting(Set<String> calls, Viewer viewer) {
        AuthorizationMatrixTest noting = new AuthorizationMatrixTest();
        for (Field field : AuthorizationMatrixTest.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(Autowired.class)) {
                ReflectionUtils.makeAccessible(field);
                Object bean = ReflectionUtils.getField(field, this);
                Class<?> type = AopUtils.getTargetClass(Objects.requireNonNull(bean));
                ReflectionUtils.setField(field, noting, type.isAnnotationPresent(Service.class) ? noting(bean, type, calls, viewer) : bean);
            }
        }
        return noting;
    }

    private Object noting(Object bean, Class<?> type, Set<String> calls, Viewer viewer) {
        ProxyFactory proxy = new ProxyFactory();
        proxy.setTarget(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) call -> {
            if (currentUser.viewer().filter(v -> v.personId() == viewer.personId()).isPresent()) {
                calls.add(signature(AopUtils.getMostSpecificMethod(call.getMethod(), type)));
            }
            return call.proceed();
        });
        return proxy.getProxy();
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
        } catch (InvalidInputException e) {
            return REFUSED;
        }
    }

    /** The student of the other cohort of the world: student B for student A, and the reverse. */
    private static long otherStudent(World world, long studentId) {
        return studentId == world.studentA().personId() ? world.studentB().personId() : world.studentA().personId();
    }

    private static ApplicantProfile validProfile(long studentId) {
        ApplicantProfile empty = ApplicantProfile.empty(studentId);
        return new ApplicantProfile(studentId, "Test Medical College", "India", 2021, false, empty.step1Result(), 0, null, 0,
                empty.step3Result(), empty.visaNeed(), List.of(), List.of(), empty.settingPreference(), 0, 0);
    }
}
