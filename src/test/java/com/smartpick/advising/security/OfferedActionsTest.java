package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_ATTACHMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.experience.ExperienceAction;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.letter.LetterAction;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.LetterStatus;
import com.smartpick.advising.letter.Letterhead;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.ListAction;
import com.smartpick.advising.smartpick.rankedlist.ListStatus;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.ExperienceData;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * For every role and every state of a letter, an experience record and a list version: the moves the service offers
 * on the record (what the views show as buttons) are exactly the commands it then accepts. Each command runs on a
 * fresh record of that state, the viewer's own student's (a foreign one is the matrix's business). A record the
 * viewer may not open offers nothing, and then every command must be refused too.
 */
@AdvisingTest
@Transactional
@Execution(ExecutionMode.CONCURRENT)
class OfferedActionsTest {

    static final byte[] PDF = "%PDF-1.7 a small file".getBytes(StandardCharsets.US_ASCII);

    @Autowired DSLContext db;
    @Autowired LetterService letters;
    @Autowired ExperienceService experience;
    @Autowired RankedListService lists;
    World world;

    static Stream<Arguments> rolesAnd(Object[] states) {
        List<Arguments> cases = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Object state : states) {
                cases.add(Arguments.of(role, state));
            }
        }
        return cases.stream();
    }

    static Stream<Arguments> letterCases() {
        return rolesAnd(LetterStatus.values());
    }

    @ParameterizedTest(name = "{0}, a {1} letter")
    @MethodSource("letterCases")
    void a_letter_offers_exactly_the_moves_it_accepts(Role role, LetterStatus status) {
        world = new TestData(db).world();
        LongSupplier fresh = () -> new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(),
                status.name(), false, "A letter");
        SignIn.as(world.actingAs(role));
        Set<LetterAction> offered = offered(() -> letters.actionsOn(letters.letter(fresh.getAsLong())), LetterAction.class);

        assertOfferedIsAccepted(LetterAction.class, offered, fresh, Map.of(
                LetterAction.WRITE, List.of(id -> letters.saveDraft(id, 0, "Dear committee", Letterhead.EMPTY),
                        id -> letters.uploadPdf(id, 0, "letter.pdf", PDF, Letterhead.EMPTY)),
                LetterAction.SUBMIT, List.of(id -> letters.submit(id, 0)),
                LetterAction.DECLINE, List.of(id -> letters.decline(id, 0, "Not enough time together")),
                LetterAction.APPROVE, List.of(id -> letters.approve(id, 0)),
                LetterAction.RETURN, List.of(id -> letters.returnToMentor(id, 0, "Add the ICU rotation"))));
    }

    /** The states of a record; SUPERSEDED is a verified record a newer verified revision replaced. */
    enum RecordState { DRAFT, SUBMITTED, VERIFIED, CHANGES_REQUESTED, SUPERSEDED }

    static Stream<Arguments> recordCases() {
        return rolesAnd(RecordState.values());
    }

    @ParameterizedTest(name = "{0}, a record {1}")
    @MethodSource("recordCases")
    void an_experience_record_offers_exactly_the_moves_it_accepts(Role role, RecordState state) {
        world = new TestData(db).world();
        long student = world.studentA().personId();
        LongSupplier fresh = () -> {
            if (state != RecordState.SUPERSEDED) {
                return Experiences.insert(db, student, state.name());
            }
            long older = Experiences.insert(db, student, "VERIFIED");
            new ExperienceData(db).supersede(older, Experiences.insert(db, student, "VERIFIED"));
            return older;
        };
        SignIn.as(world.actingAs(role));
        Set<ExperienceAction> offered = offered(() -> experience.actionsOn(experience.record(fresh.getAsLong())),
                ExperienceAction.class);

        assertOfferedIsAccepted(ExperienceAction.class, offered, fresh, Map.of(
                ExperienceAction.EDIT, List.of(id -> experience.edit(id, 0, Experiences.usRotation("Mercy Hospital"))),
                ExperienceAction.SUBMIT, List.of(id -> experience.submit(id, 0)),
                ExperienceAction.CHANGE_FILES, List.of(id -> experience.attach(id, "certificate.pdf", PDF),
                        id -> experience.removeAttachment(id, certificate(id, student))),
                ExperienceAction.VERIFY, List.of(id -> experience.verify(id, 0)),
                ExperienceAction.REQUEST_CHANGES, List.of(id -> experience.requestChanges(id, 0, "Add the supervisor's e-mail.")),
                ExperienceAction.ASK_CONFIRMATION, List.of(experience::askForConfirmation),
                ExperienceAction.DELETE, List.of(id -> experience.delete(id, 0)),
                ExperienceAction.WITHDRAW, List.of(id -> experience.withdraw(id, 0))));
    }

    static Stream<Arguments> listCases() {
        return rolesAnd(ListStatus.values());
    }

    @ParameterizedTest(name = "{0}, a version {1}")
    @MethodSource("listCases")
    void a_list_version_offers_exactly_the_moves_it_accepts(Role role, ListStatus status) {
        world = new TestData(db).world();
        Viewer viewer = world.actingAs(role);
        LongSupplier fresh = () -> {
            SignIn.as(world.admin());
            long id = versionIn(status, world.studentA().personId()).id();
            SignIn.as(viewer);
            return id;
        };
        Set<ListAction> offered = offered(() -> lists.actionsOn(lists.list(fresh.getAsLong())), ListAction.class);

        assertOfferedIsAccepted(ListAction.class, offered, fresh, Map.of(
                ListAction.ANNOTATE, List.of(id -> lists.annotate(id, firstEntry(id), AnnotationKind.NOTE, "A note")),
                ListAction.OVERRIDE, List.of(id -> lists.pin(id, version(id), firstEntry(id), true),
                        id -> lists.exclude(id, version(id), firstEntry(id), "Too far away"),
                        id -> lists.include(id, version(id), firstEntry(id)),
                        id -> lists.move(id, version(id), firstEntry(id), 2)),
                ListAction.SUBMIT_FOR_REVIEW, List.of(id -> lists.submitForReview(id, version(id))),
                ListAction.APPROVE, List.of(id -> lists.approve(id, version(id)),
                        id -> lists.approveOverConcerns(id, version(id), "Discussed with the mentor")),
                ListAction.RETURN_TO_DRAFT, List.of(id -> lists.returnToDraft(id, version(id))),
                ListAction.PUBLISH, List.of(id -> lists.publish(id, version(id)))));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** What the service offers on a record the viewer opens; nothing on one they may not open. */
    private static <A extends Enum<A>> Set<A> offered(Supplier<Set<A>> open, Class<A> kind) {
        try {
            return open.get();
        } catch (NotFoundException notTheirs) {
            return EnumSet.noneOf(kind);
        }
    }

    private static <A extends Enum<A>> void assertOfferedIsAccepted(Class<A> kind, Set<A> offered, LongSupplier fresh,
            Map<A, List<LongConsumer>> commands) {
        // a move added to the rule without a command here would go untested
        assertThat(commands.keySet()).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(kind));
        for (Map.Entry<A, List<LongConsumer>> action : commands.entrySet()) {
            for (LongConsumer command : action.getValue()) {
                assertThat(accepted(command, fresh.getAsLong())).as(action.getKey() + (offered.contains(action.getKey())
                        ? " is offered, so it must be accepted" : " is not offered, so it must be refused")).isEqualTo(
                        offered.contains(action.getKey()));
            }
        }
    }

    private static boolean accepted(LongConsumer command, long id) {
        try {
            command.accept(id);
            return true;
        } catch (NotFoundException | AccessDeniedException | InvalidInputException refused) {
            return false;
        }
    }

    private long certificate(long recordId, long studentId) {
        return db.insertInto(EXPERIENCE_ATTACHMENT).set(EXPERIENCE_ATTACHMENT.RECORD_ID, recordId)
                .set(EXPERIENCE_ATTACHMENT.FILE_NAME, "certificate.pdf").set(EXPERIENCE_ATTACHMENT.MEDIA_TYPE, "application/pdf")
                .set(EXPERIENCE_ATTACHMENT.SIZE_BYTES, PDF.length).set(EXPERIENCE_ATTACHMENT.CONTENT, PDF)
                .set(EXPERIENCE_ATTACHMENT.UPLOADED_BY, studentId)
                .returning(EXPERIENCE_ATTACHMENT.ID).fetchSingle(EXPERIENCE_ATTACHMENT.ID);
    }

    /** A version of the student's list moved to the status by the admin signed in; SUPERSEDED: a newer one was published. */
    private RankedList versionIn(ListStatus status, long studentId) {
        if (status == ListStatus.SUPERSEDED) {
            RankedList older = versionIn(ListStatus.PUBLISHED, studentId);
            versionIn(ListStatus.PUBLISHED, studentId);
            return older;
        }
        RankedList list = lists.run(studentId, Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        List<ListStatus> steps = List.of(ListStatus.IN_REVIEW, ListStatus.APPROVED, ListStatus.PUBLISHED);
        for (ListStatus step : steps.subList(0, steps.indexOf(status) + 1)) {
            list = switch (step) {
                case IN_REVIEW -> lists.submitForReview(list.id(), list.version());
                case APPROVED -> lists.approve(list.id(), list.version());
                default -> lists.publish(list.id(), list.version());
            };
        }
        return list;
    }

    /** The version's lock and first entry as an admin reads them, whoever tries the move. */
    private int version(long listId) {
        return asAdmin(listId).version();
    }

    private long firstEntry(long listId) {
        return asAdmin(listId).entries().get(0).id();
    }

    private RankedList asAdmin(long listId) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        SignIn.as(world.admin());
        RankedList list = lists.list(listId);
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        return list;
    }
}
