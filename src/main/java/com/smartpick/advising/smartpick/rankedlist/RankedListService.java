package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.ExamResult;
import com.smartpick.advising.profile.StoredProfiles;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.RecordAction;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.catalog.CompiledEngine;
import com.smartpick.advising.smartpick.catalog.SmartPickRuns;
import com.smartpick.advising.smartpick.engine.Applicant;
import com.smartpick.advising.smartpick.engine.Budget;
import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.RunOptions;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.SettingPreference;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.signal.SignalService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked lists and their workflow. Advisors run SmartPick, override entries and move a version from draft to in
 * review, approved and published; mentors read and annotate their mentees' lists; a student reads only their own
 * published version. A list the viewer may not see answers "not found", whatever its id.
 */
@Service
@Transactional
public class RankedListService {

    public static final int MIN_BUDGET = 1;
    public static final int MAX_BUDGET = 200;
    public static final int DEFAULT_BUDGET = 40;
    static final int MAX_ANNOTATION = 1000;
    static final int MAX_REASON = 500;
    static final String SUBJECT = "rankedlist";
    /** How a student's record of disclosures names a list: by the day it was made, as she knows it. */
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** What a notification links to: a student's lists for staff (by the student's id), one's own for the student. */
    static final String STAFF_LINK = "student-lists";
    static final String STUDENT_LINK = "my-list";
    /** A profile without a preferred specialty still gets a run, in the specialty most IMGs enter. */
    static final Specialty FALLBACK_SPECIALTY = Specialty.INTERNAL_MEDICINE;

    private final RankedListRepository lists;
    private final CompiledEngine engine;
    private final SmartPickRuns runs;
    private final CohortService cohorts;
    private final RecordedInputsSource records;
    private final SignalService signals;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final StoredProfiles profiles;
    private final Relationships relationships;
    private final InboxService inbox;

    RankedListService(RankedListRepository lists, CompiledEngine engine, SmartPickRuns runs, CohortService cohorts,
            RecordedInputsSource records, SignalService signals, AuditTrail audit, CurrentUser currentUser, Clock clock,
            StoredProfiles profiles, Relationships relationships, InboxService inbox) {
        this.relationships = relationships;
        this.inbox = inbox;
        this.profiles = profiles;
        this.lists = lists;
        this.engine = engine;
        this.runs = runs;
        this.cohorts = cohorts;
        this.records = records;
        this.signals = signals;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What a run for this student starts from: their name, the specialty their profile prefers, their records. */
    @Transactional(readOnly = true)
    public RunSetup setup(long studentId) {
        Viewer viewer = currentUser.require(Permission.ANNOTATE_LISTS);
        String name = lists.studentName(viewer, studentId).orElseThrow(() -> new NotFoundException("Student"));
        List<Specialty> preferred = profiles.of(studentId).map(ApplicantProfile::preferredSpecialties).orElse(List.of());
        return new RunSetup(studentId, name, preferred.isEmpty() ? FALLBACK_SPECIALTY : preferred.get(0),
                applicant(studentId, RecordedInputs.NONE).isPresent(), records.of(studentId),
                viewer.may(Permission.RUN_SMARTPICK));
    }

    /** The list SmartPick would make with this budget, computed live and stored nowhere: the budget slider's view. */
    @Transactional(readOnly = true)
    public SmartPickResult preview(long studentId, Specialty specialty, int budget, RecordedInputs inputs) {
        Viewer viewer = currentUser.require(Permission.ANNOTATE_LISTS);
        lists.studentName(viewer, studentId).orElseThrow(() -> new NotFoundException("Student"));
        return rank(studentId, specialty, budget, inputs).result();
    }

    /** Runs SmartPick and keeps the result as the student's next version, a draft; earlier versions stay as they were. */
    public RankedList run(long studentId, Specialty specialty, int budget, RecordedInputs inputs) {
        Viewer viewer = currentUser.require(Permission.RUN_SMARTPICK);
        lists.studentName(viewer, studentId).orElseThrow(() -> new NotFoundException("Student"));
        Ranked ranked = rank(studentId, specialty, budget, inputs);
        int listNo = lists.nextListNo(studentId);
        long id;
        try {
            id = lists.insert(studentId, listNo, budget, inputs, ranked.revision(), ranked.result(), viewer.personId());
        } catch (DuplicateKeyException raced) {
            throw new StaleDataException("The student's lists");
        }
        lists.carryExclusions(id, studentId, listNo);
        audit.changed("rankedlist.run", SUBJECT, id, studentId, null, "version " + listNo + " " + ListStatus.DRAFT
                + ": " + specialty.displayName() + ", " + ranked.result().entries().size() + " programs of budget " + budget
                + ", chance of matching " + Format.withRange(ranked.result().matchChance()) + ", catalog revision "
                + ranked.revision() + ", from records " + inputs);
        return find(viewer, id);
    }

    /** The lists waiting for the viewer's review: a mentor's mentees', an advisor's cohorts', the longest waiting first. */
    @Transactional(readOnly = true)
    public List<ListInReview> inReview() {
        return lists.inReview(currentUser.require(Permission.ANNOTATE_LISTS).actingFor(Permission.ANNOTATE_LISTS));
    }

    @Transactional(readOnly = true)
    public List<ListSummary> versions(long studentId) {
        Viewer viewer = currentUser.require(Permission.ANNOTATE_LISTS);
        lists.studentName(viewer, studentId).orElseThrow(() -> new NotFoundException("Student"));
        return lists.versions(viewer, studentId);
    }

    /** One version; staff reading a student's list is recorded in the audit trail. */
    public RankedList list(long listId) {
        Viewer viewer = currentUser.require();
        RankedList list = find(viewer, listId);
        audit.read(SUBJECT, list.id(), list.studentId(), "SmartPick list of " + CREATED.format(list.createdAt())
                + " (" + list.specialty().displayName() + ", version " + list.listNo() + ")");
        return list;
    }

    /** The student's own published list, if their advisor has published one. */
    @Transactional(readOnly = true)
    public Optional<RankedList> myPublishedList() {
        Viewer viewer = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        return lists.publishedListOf(viewer.personId(), viewer).map(id -> find(viewer, id));
    }

    /**
     * The student's published list, for anyone who may see her: what her applications are tracked against. Unlike
     * {@link #list} it is not recorded as a staff read: the tracker shows only the programs and their figures.
     */
    @Transactional(readOnly = true)
    public Optional<RankedList> publishedList(long studentId) {
        Viewer viewer = currentUser.require();
        lists.studentName(viewer, studentId).orElseThrow(() -> new NotFoundException("Student"));
        return lists.publishedListOf(studentId, viewer).map(id -> find(viewer, id));
    }

    /** What changed since the version before this one; empty for a student's first version. */
    @Transactional(readOnly = true)
    public Optional<ListDiff> changesSincePrevious(long listId) {
        Viewer viewer = currentUser.require(Permission.ANNOTATE_LISTS);
        RankedList list = find(viewer, listId);
        return lists.previousListId(viewer, list.studentId(), list.listNo())
                .map(previous -> ListDiff.between(find(viewer, previous), list));
    }

    /**
     * The moves the signed-in person may make on this version now: exactly those the commands below accept. Reads
     * nothing, so it needs no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Set<ListAction> actionsOn(RankedList list) {
        return RecordAction.openTo(currentUser.require(), list.status(), ListAction.class);
    }

    public RankedList submitForReview(long listId, int version) {
        return moveStatus(listId, version, ListAction.SUBMIT_FOR_REVIEW, "rankedlist.submit", null);
    }

    /**
     * Only an advisor (or admin) approves: a mentor's part is to annotate. A concern still open on the version holds
     * the approval back until its author resolves it or the advisor approves over it ({@link #approveOverConcerns}).
     */
    public RankedList approve(long listId, int version) {
        return moveStatus(listId, version, ListAction.APPROVE, "rankedlist.approve", null);
    }

    /** Approves over the concerns still open, saying why: the reason stays with the version and in the audit trail. */
    public RankedList approveOverConcerns(long listId, int version, String reason) {
        String clean = UserText.multiline(reason);
        if (clean.isEmpty()) {
            throw new InvalidInputException("reason", "Say why the list is approved over the open concerns: the reason stays with the list.");
        }
        if (clean.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Keep the reason within " + MAX_REASON + " characters.");
        }
        return moveStatus(listId, version, ListAction.APPROVE, "rankedlist.approve", clean);
    }

    /** Shows the version to its student; the version published before it is superseded. */
    public RankedList publish(long listId, int version) {
        return moveStatus(listId, version, ListAction.PUBLISH, "rankedlist.publish", null);
    }

    /** Sends a version in review back to draft, e.g. after a mentor's concern. */
    public RankedList returnToDraft(long listId, int version) {
        return moveStatus(listId, version, ListAction.RETURN_TO_DRAFT, "rankedlist.return", null);
    }

    public RankedList pin(long listId, int version, long entryId, boolean pinned) {
        return override(listId, version, entryId, pinned ? "rankedlist.pin" : "rankedlist.unpin",
                (list, entry) -> {
                    lists.setPinned(list.id(), entry.id(), pinned);
                    return "";
                });
    }

    public RankedList exclude(long listId, int version, long entryId, String reason) {
        String clean = UserText.multiline(reason);
        if (clean.isEmpty()) {
            throw new InvalidInputException("reason", "Say why the program is excluded: the reason stays with the list.");
        }
        if (clean.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Keep the reason within " + MAX_REASON + " characters.");
        }
        return override(listId, version, entryId, "rankedlist.exclude",
                (list, entry) -> {
                    lists.setExcluded(list.id(), entry.id(), clean);
                    recomputeFigures(list);
                    return ": " + clean;
                });
    }

    public RankedList include(long listId, int version, long entryId) {
        return override(listId, version, entryId, "rankedlist.include",
                (list, entry) -> {
                    lists.setExcluded(list.id(), entry.id(), null);
                    recomputeFigures(list);
                    return "";
                });
    }

    /** Moves an entry to a 1-based position among all the list's entries; the others close ranks around it. */
    public RankedList move(long listId, int version, long entryId, int toPosition) {
        return override(listId, version, entryId, "rankedlist.move", (list, entry) -> {
            if (toPosition < 1 || toPosition > list.entries()) {
                throw new InvalidInputException("position", "Choose a position from 1 to " + list.entries() + ".");
            }
            lists.move(list.id(), entry.id(), entry.position(), toPosition);
            return " from position " + entry.position() + " to " + toPosition;
        });
    }

    /** Advisors and mentors annotate any version they can see, except one already superseded. */
    public Annotation annotate(long listId, long entryId, AnnotationKind kind, String text) {
        Viewer viewer = currentUser.require(ListAction.ANNOTATE.permission());
        ListHead list = head(viewer, listId);
        refuseUnless(ListAction.ANNOTATE, viewer, list);
        ListHead.Entry entry = entry(list, entryId);
        String clean = annotationText(text);
        long id = lists.insertAnnotation(entry.id(), viewer.personId(), kind, clean);
        audit.did("rankedlist.annotate", SUBJECT, list.id(), list.studentId(),
                kind.label() + " on " + entry.programId() + " " + entry.programName() + ": " + clean);
        // annotations are for staff: the student's inbox never hears of one
        List<PersonSummary> staff = relationships.currentStaffOf(list.studentId(), viewer.personId());
        if (!staff.isEmpty()) {
            String student = lists.studentName(viewer, list.studentId()).orElse("a student");
            for (PersonSummary colleague : staff) {
                inbox.notify(colleague.id(), "list.annotated", viewer.displayName() + " annotated version "
                        + list.listNo() + " of " + student + "'s SmartPick list (" + kind.label() + " on "
                        + entry.programName() + "): " + clean, STAFF_LINK, list.studentId());
            }
        }
        return annotation(id);
    }

    /** Its author edits an annotation; a stale version is refused rather than overwriting a newer edit. */
    public Annotation editAnnotation(long annotationId, int version, AnnotationKind kind, String text) {
        Viewer viewer = currentUser.require(Permission.ANNOTATE_LISTS);
        long listId = lists.listOfAnnotation(viewer, annotationId).orElseThrow(() -> new NotFoundException("Annotation"));
        ListHead list = head(viewer, listId);
        Annotation before = annotation(annotationId);
        if (before.authorId() != viewer.personId()) {
            throw new AccessDeniedException("Only its author edits an annotation.");
        }
        String clean = annotationText(text);
        if (!lists.updateAnnotation(annotationId, version, kind, clean, OffsetDateTime.now(clock))) {
            throw new StaleDataException("The annotation");
        }
        audit.changed("rankedlist.annotation-edit", SUBJECT, list.id(), list.studentId(),
                before.kind().label() + ": " + before.text(), kind.label() + ": " + clean);
        return annotation(annotationId);
    }

    /** Its author marks a concern resolved: it no longer holds back the approval of its version. */
    public Annotation resolveConcern(long annotationId, int version) {
        Viewer viewer = currentUser.require(ListAction.ANNOTATE.permission());
        long listId = lists.listOfAnnotation(viewer, annotationId).orElseThrow(() -> new NotFoundException("Annotation"));
        ListHead list = head(viewer, listId);
        refuseUnless(ListAction.ANNOTATE, viewer, list);
        Annotation concern = annotation(annotationId);
        if (concern.authorId() != viewer.personId()) {
            throw new AccessDeniedException("Only its author resolves a concern.");
        }
        if (!concern.openConcern()) {
            throw new InvalidInputException("annotation", "Only an open concern can be resolved.");
        }
        if (!lists.resolveConcern(annotationId, version, OffsetDateTime.now(clock))) {
            throw new StaleDataException("The concern");
        }
        audit.did("rankedlist.concern-resolved", SUBJECT, list.id(), list.studentId(), concern.text());
        return annotation(annotationId);
    }

    /** The students of a cohort the advisor runs, with their latest lists. */
    @Transactional(readOnly = true)
    public List<CohortStudentList> cohortLists(long cohortId) {
        Viewer viewer = currentUser.require(Permission.RUN_SMARTPICK);
        cohorts.cohort(cohortId);
        return lists.cohortLists(viewer, cohortId);
    }

    /** Records a cohort batch as one event beside the runs it made (each audited as {@code rankedlist.run}). */
    public void recordBatch(long cohortId, int made, int skipped) {
        currentUser.require(Permission.RUN_SMARTPICK);
        cohorts.cohort(cohortId);
        audit.did("rankedlist.batch", "cohort", cohortId, null, made + " lists made, " + skipped + " students skipped");
    }

    private interface Override {
        /** @return what the audit event adds after the program's id and name */
        String apply(ListHead list, ListHead.Entry entry);
    }

    /** The checks and writes touch the list's row and the one entry's; the list is read whole once, to answer. */
    private RankedList override(long listId, int version, long entryId, String action, Override change) {
        Viewer viewer = currentUser.require(ListAction.OVERRIDE.permission());
        ListHead list = head(viewer, listId);
        refuseUnless(ListAction.OVERRIDE, viewer, list);
        ListHead.Entry entry = entry(list, entryId);
        if (list.version() != version || !lists.bumpVersion(list.id(), version)) {
            throw new StaleDataException("Version " + list.listNo() + " of the list");
        }
        String detail = change.apply(list, entry);
        audit.did(action, SUBJECT, list.id(), list.studentId(), entry.programId() + " " + entry.programName() + detail);
        return find(viewer, listId);
    }

    /** @param approvalOverride why an approval goes ahead over open concerns; null when it may not */
    private RankedList moveStatus(long listId, int version, ListAction step, String action, @Nullable String approvalOverride) {
        Viewer viewer = currentUser.require(step.permission());
        ListHead list = head(viewer, listId);
        refuseUnless(step, viewer, list);
        ListStatus from = list.status();
        ListStatus to = Objects.requireNonNull(step.to());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (list.version() != version) {
            throw new StaleDataException("Version " + list.listNo() + " of the list");
        }
        int openConcerns = step == ListAction.APPROVE ? lists.openConcerns(list.id()) : 0;
        if (openConcerns > 0 && approvalOverride == null) {
            throw new InvalidInputException("reason", Format.count(openConcerns, "concern is", "concerns are")
                    + " still open on version " + list.listNo() + ": resolve them first, or approve over them with a reason.");
        }
        if (to == ListStatus.PUBLISHED) {
            for (long superseded : lists.supersedePublished(list.studentId(), viewer.personId(), now)) {
                audit.changed("rankedlist.supersede", SUBJECT, superseded, list.studentId(),
                        ListStatus.PUBLISHED.name(), ListStatus.SUPERSEDED.name());
            }
        }
        if (!lists.moveStatus(list.id(), version, to, viewer.personId(), now)) {
            throw new StaleDataException("Version " + list.listNo() + " of the list");
        }
        String after = to.name();
        if (openConcerns > 0) {
            lists.recordApprovalOverride(list.id(), Objects.requireNonNull(approvalOverride));
            after += " over " + Format.count(openConcerns, "open concern") + ": " + approvalOverride;
        }
        audit.changed(action, SUBJECT, list.id(), list.studentId(), from.name(), after);
        RankedList moved = find(viewer, listId);
        announce(step, viewer, moved);
        return moved;
    }

    /**
     * Tells the student's other staff of a step in the review, and the student of a publication, the only step of
     * which they learn: a list is theirs to read once published.
     */
    private void announce(ListAction step, Viewer by, RankedList list) {
        String kind = switch (step) {
            case SUBMIT_FOR_REVIEW -> "list.submitted";
            case APPROVE -> "list.approved";
            case PUBLISH -> "list.published";
            default -> null;
        };
        if (kind == null) {
            return;
        }
        String version = " version " + list.listNo() + " of " + list.studentName() + "'s SmartPick list ("
                + list.specialty().nrmpName() + ")";
        String message = by.displayName() + switch (step) {
            case SUBMIT_FOR_REVIEW -> " submitted" + version + " for review.";
            case APPROVE -> " approved" + version + ".";
            default -> " published" + version + ".";
        };
        for (PersonSummary staff : relationships.currentStaffOf(list.studentId(), by.personId())) {
            inbox.notify(staff.id(), kind, message, STAFF_LINK, list.studentId());
        }
        if (step == ListAction.PUBLISH) {
            inbox.notify(list.studentId(), kind, "Your SmartPick list for " + list.specialty().nrmpName()
                    + " was published: read it under My SmartPick list.", STUDENT_LINK, list.id());
        }
    }

    private static void refuseUnless(ListAction action, Viewer viewer, ListHead list) {
        if (!action.isOpenTo(viewer, list.status())) {
            throw action.refusal(list.listNo(), list.status());
        }
    }

    private record Ranked(long revision, SmartPickResult result) {
    }

    /** Every figure of the list follows the entries kept: the chance, its range, the interviews and the cost. */
    private void recomputeFigures(ListHead list) {
        lists.updateOutlook(list.id(), engine.current().engine().outlookOf(list.specialty(), lists.keptLogits(list.id())));
    }

    public static void checkBudget(int budget) {
        if (budget < MIN_BUDGET || budget > MAX_BUDGET) {
            throw new InvalidInputException("budget", "Choose a budget from " + MIN_BUDGET + " to " + MAX_BUDGET + " applications.");
        }
    }

    private Ranked rank(long studentId, Specialty specialty, int budget, RecordedInputs inputs) {
        checkBudget(budget);
        Applicant applicant = applicant(studentId, inputs).orElseThrow(() -> new InvalidInputException("profile",
                "The student's profile has no graduation year yet: SmartPick needs it (and a Step 2 CK score to be useful)."));
        CompiledEngine.Built built = engine.current();
        RankedListRepository.Overrides overrides = lists.latestOverrides(studentId);
        RunOptions options = RunOptions.of(specialty, Budget.applications(budget))
                .withSignals(signals.placedFor(studentId, specialty))
                .withOverrides(overrides.pinned(), overrides.excluded());
        return new Ranked(built.revision(), runs.rank(SmartPickRuns.Caller.RANKED_LIST, built.engine(), applicant, options));
    }

    /**
     * The student as the engine sees them, or empty while the profile lacks a graduation year (the one figure the
     * engine cannot do without). The profile's urban/suburban/rural wish has no counterpart among the engine's
     * program types, so it runs with no setting preference; region ties are not recorded anywhere yet.
     */
    private Optional<Applicant> applicant(long studentId, RecordedInputs inputs) {
        int seasonYear = Season.applicationYearOn(LocalDate.now(clock));
        return profiles.of(studentId).filter(p -> p.graduationYear() != null)
                .map(p -> new Applicant(p.graduationYear(), p.ecfmgCertified(), p.step1Result() == ExamResult.PASS,
                        p.step1Attempts(), p.step2ckScore(), p.step2ckAttempts(), p.step3Result() == ExamResult.PASS,
                        p.visaNeed(), p.preferredSpecialties(), Set.copyOf(p.preferredRegions()), SettingPreference.ANY,
                        p.researchItems(), inputs.handsOnUsceMonths(), inputs.observershipMonths(), inputs.usLetters(),
                        Set.of(), seasonYear));
    }

    private RankedList find(Viewer viewer, long listId) {
        return lists.find(viewer, listId).orElseThrow(() -> new NotFoundException("List"));
    }

    private ListHead head(Viewer viewer, long listId) {
        return lists.head(viewer, listId).orElseThrow(() -> new NotFoundException("List"));
    }

    private ListHead.Entry entry(ListHead list, long entryId) {
        return lists.entryOf(list.id(), entryId).orElseThrow(() -> new NotFoundException("Entry"));
    }

    private Annotation annotation(long annotationId) {
        return lists.annotation(annotationId).orElseThrow(() -> new NotFoundException("Annotation"));
    }

    private static String annotationText(String text) {
        String clean = UserText.multiline(text);
        if (clean.isEmpty()) {
            throw new InvalidInputException("text", "Write the annotation first.");
        }
        if (clean.length() > MAX_ANNOTATION) {
            throw new InvalidInputException("text", "Keep an annotation within " + MAX_ANNOTATION + " characters.");
        }
        return clean;
    }
}
