package com.smartpick.advising.letter;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.OutsideMail;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.RecordAction;
import com.smartpick.advising.security.SingleUseLinks;
import com.smartpick.advising.security.Viewer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter workflow and who may do what in it. A student asks one of their mentors; that mentor writes, submits
 * or declines; an advisor of the student's cohort approves or returns. Every move is audited in its transaction,
 * and every read of a letter's content by anyone but its author too ({@code letter.read}). A letter its student
 * waived the right to read is never returned to that student, by any method here: the repository's query refuses.
 */
@Service
@Transactional
public class LetterService {

    static final String SUBJECT = "letter";
    static final int MAX_SPECIALTY = 80;
    static final int MAX_PROGRAMS = 30;
    static final int MAX_PROGRAM = 200;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_REASON = 1000;
    public static final int MAX_TITLE = 120;
    public static final int MAX_PURPOSE = 120;
    /** A request for a letter needed later than this is a mistyped year. */
    static final Period LATEST_DUE = Period.ofYears(2);
    public static final int MAX_INSTITUTION = 200;
    public static final int MAX_CONTACT = 200;
    /** ERAS accepts letters of at most 1 MB. */
    public static final int MAX_PDF_BYTES = 1024 * 1024;
    public static final int MAX_WRITER_NAME = 200;
    /** A writer outside the portal gets a month: letters take weeks to write. */
    public static final Duration UPLOAD_LINK_LIFETIME = Duration.ofDays(30);
    /** The path of an outside writer's link under the plugin's prefix, before its token. */
    public static final String UPLOAD_PATH = "letter-upload/";
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final LetterRepository letters;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LetterPdf pdfRenderer = new LetterPdf();
    private final StudentAccess access;
    private final Relationships relationships;
    private final PersonService people;
    private final SingleUseLinks links;
    private final OutsideMail mail;
    private final InboxService inbox;

    LetterService(LetterRepository letters, AuditTrail audit, CurrentUser currentUser, Clock clock, StudentAccess access,
            Relationships relationships, InboxService inbox, PersonService people, SingleUseLinks links,
            OutsideMail mail) {
        this.inbox = inbox;
        this.people = people;
        this.links = links;
        this.mail = mail;
        this.relationships = relationships;
        this.access = access;
        this.letters = letters;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- what each role lists

    /** A student's own letters: status and request only, never content. */
    @Transactional(readOnly = true)
    public List<Letter> myLetters() {
        return letters.list(currentUser.require(Permission.KEEP_OWN_APPLICATION), LetterRepository.Scope.OWN, null);
    }

    /** The mentors a student may ask: those assigned to them now, in an enrollment that has not ended. */
    @Transactional(readOnly = true)
    public List<PersonSummary> myMentors() {
        return relationships.currentMentorsOf(currentUser.require(Permission.KEEP_OWN_APPLICATION).personId());
    }

    /** A mentor's requests: letters asked of them by their mentees. */
    @Transactional(readOnly = true)
    public List<Letter> askedOfMe() {
        return letters.list(currentUser.require(Permission.WRITE_LETTERS), LetterRepository.Scope.ASKED_OF_ME, null);
    }

    /** An advisor's letters: those of their cohorts' students (an admin's: all), optionally in one state. */
    @Transactional(readOnly = true)
    public List<Letter> ofMyStudents(@Nullable LetterStatus status) {
        return letters.list(currentUser.require(Permission.OVERSEE_LETTERS), LetterRepository.Scope.ALL_VISIBLE, status);
    }

    @Transactional(readOnly = true)
    public Letter letter(long id) {
        return letters.find(currentUser.require(), id).orElseThrow(() -> new NotFoundException("Letter"));
    }

    /**
     * The moves the signed-in person may make on this letter now: exactly those the commands below accept. Reads
     * nothing, so it needs no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Set<LetterAction> actionsOn(Letter letter) {
        return RecordAction.openTo(currentUser.require(), letter, LetterAction.class);
    }

    /**
     * The approved letters of a student, for assigning letters to programs (SmartPick): who wrote each and for
     * which specialty, no content. Staff who may see the student, or the student themself.
     */
    @Transactional(readOnly = true)
    public List<ApprovedLetter> approvedLettersOf(long studentId) {
        Viewer viewer = currentUser.require();
        if (!access.maySee(viewer, studentId)) {
            throw new NotFoundException("Student");
        }
        return letters.approved(viewer, studentId);
    }

    // ---- content

    /** What the mentor wrote, for whoever may read it now; a read by anyone but the author is audited. */
    public LetterContent content(long id) {
        Viewer viewer = currentUser.require();
        Letter letter = letter(id);
        LetterContent content = letters.content(viewer, id).orElseThrow(() -> new NotFoundException("Letter content"));
        auditRead(viewer, letter);
        return content;
    }

    /**
     * The letter as a PDF of at most 1 MB: the uploaded file, or the text rendered with its letterhead. Refused
     * exactly as {@link #content} is.
     */
    public PdfFile pdf(long id) {
        Viewer viewer = currentUser.require();
        Letter letter = letter(id);
        PdfFile file;
        if (letter.contentKind() == ContentKind.PDF) {
            file = letters.upload(viewer, id).orElseThrow(() -> new NotFoundException("Letter content"));
        } else {
            LetterContent text = letters.content(viewer, id).orElseThrow(() -> new NotFoundException("Letter content"));
            OffsetDateTime dated = letter.decidedAt() != null && letter.status() == LetterStatus.APPROVED
                    ? letter.decidedAt() : OffsetDateTime.now(clock);
            byte[] rendered = pdfRenderer.render(new LetterPdf.Page(letter.mentorName(), letter.letterhead(),
                    dated.atZoneSameInstant(clock.getZone()).toLocalDate(), letter.studentName(), letter.specialty(),
                    Objects.requireNonNullElse(text.body(), "")));
            file = new PdfFile(fileName(letter), rendered);
        }
        auditRead(viewer, letter);
        return file;
    }

    /** The saved revisions of a letter, newest first: for its author. */
    @Transactional(readOnly = true)
    public List<LetterRevision> revisions(long id) {
        return letters.revisions(visible(id, LetterAction.WRITE).viewer, id);
    }

    // ---- the student

    public Letter request(LetterRequest request) {
        Viewer student = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        LetterRequest clean = validate(student, request);
        long id = letters.insert(student.personId(), clean, OffsetDateTime.now(clock));
        audit.changed("letter.request", SUBJECT, id, student.personId(), null,
                LetterStatus.REQUESTED.name() + (clean.waiveRightToRead() ? " (right to read waived)" : " (right to read kept)"));
        Letter requested = letter(id);
        inbox.notify(requested.mentorId(), "letter.requested", requested.studentName() + " asked you for a letter of "
                + "recommendation for " + requested.specialty() + ".", SUBJECT, id);
        return requested;
    }

    /**
     * The student asks a physician outside the portal by e-mail. The physician gets a single-use link that expires,
     * uploads the letter as a PDF without an account, and the letter then goes the way of any other: an advisor
     * approves or returns it, and a waived letter is never shown to its student.
     */
    public Letter requestFromOutside(OutsideLetterRequest request) {
        Viewer student = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        String name = UserText.line(request.writerName());
        String email = UserText.line(request.writerEmail()).toLowerCase(java.util.Locale.ROOT);
        Map<String, String> errors = new LinkedHashMap<>();
        if (name.isEmpty() || name.length() > MAX_WRITER_NAME) {
            errors.put("writerName", "Enter the physician's name (at most " + MAX_WRITER_NAME + " characters).");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            errors.put("writerEmail", "Enter the physician's e-mail address, e.g. jane.roe@hospital.org.");
        }
        LetterRequest details = validateDetails(new LetterRequest(-1, request.specialty(), request.purpose(),
                request.programs(), request.dueOn(), request.waiveRightToRead()), errors);
        PersonSummary writer = people.outsidePhysician(name, email);
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id = letters.insert(student.personId(), new LetterRequest(writer.id(), details.specialty(), details.purpose(),
                details.programs(), details.dueOn(), details.waiveRightToRead()), now);
        audit.changed("letter.request", SUBJECT, id, student.personId(), null, LetterStatus.REQUESTED.name()
                + " from " + email + " outside the portal"
                + (details.waiveRightToRead() ? " (right to read waived)" : " (right to read kept)"));
        sendUploadLink(letter(id), email, student.personId(), null);
        return letter(id);
    }

    /** What an outside writer's link shows; "not found" for a link used, expired or unknown. */
    @Transactional(readOnly = true)
    public LinkedLetter linkedLetter(String token) {
        SingleUseLinks.Link link = links.find(token, SingleUseLinks.Purpose.LETTER_UPLOAD)
                .orElseThrow(() -> new NotFoundException(SingleUseLinks.LINK));
        Letter letter = letters.linkedFrom(link.subjectId()).orElseThrow(() -> new NotFoundException(SingleUseLinks.LINK));
        return new LinkedLetter(letter.studentName(), letter.mentorName(), letter.specialty(), letter.programs(),
                letter.dueOn(), letter.waived(), letter.status(), letter.status() == LetterStatus.RETURNED ? letter.reason() : null,
                link.expiresAt());
    }

    /**
     * The outside writer's upload through their link, which it spends: the PDF becomes the letter and it is handed in
     * for approval at once, as a mentor's submission would be.
     */
    public void uploadThroughLink(String token, String fileName, byte[] content, Letterhead letterhead) {
        Map<String, String> errors = letterheadErrors(letterhead);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UploadedFile file = UploadedFile.check("pdf", fileName, content, MAX_PDF_BYTES, Set.of(UploadedFile.Kind.PDF));
        SingleUseLinks.Link link = links.spend(token, SingleUseLinks.Purpose.LETTER_UPLOAD);
        Letter letter = letters.linkedFrom(link.subjectId()).orElseThrow(() -> new NotFoundException(SingleUseLinks.LINK));
        if (letter.status() != LetterStatus.REQUESTED && letter.status() != LetterStatus.RETURNED) {
            throw new InvalidInputException("pdf", "This letter was handed in already.");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!letters.setContent(letter.id(), letter.version(), ContentKind.PDF, clean(letterhead))
                || !letters.move(letter.id(), letter.version() + 1, LetterStatus.SUBMITTED, null, null, now)) {
            throw stale(letter);
        }
        letters.putUpload(letter.id(), file.fileName(), file.content(), letter.mentorId(), now);
        audit.changed("letter.upload", SUBJECT, letter.id(), letter.studentId(), letter.status().name(),
                LetterStatus.SUBMITTED.name() + " (PDF " + file.fileName() + ", " + UploadedFile.readableSize(file.size())
                        + ", by " + link.email() + " through a single-use link)");
        announceSubmitted(letter);
    }

    private void sendUploadLink(Letter letter, String email, long issuedBy, @Nullable String returnedBecause) {
        String token = links.issue(SingleUseLinks.Purpose.LETTER_UPLOAD, letter.id(), email, UPLOAD_LINK_LIFETIME, issuedBy);
        mail.send(email, returnedBecause == null
                        ? letter.studentName() + " asks you for a letter of recommendation"
                        : "The letter for " + letter.studentName() + " was sent back to you",
                OutsideLetterMail.asking(letter, returnedBecause, mail.link(UPLOAD_PATH + token),
                        OffsetDateTime.now(clock).plus(UPLOAD_LINK_LIFETIME)));
    }

    // ---- the mentor who was asked

    /** Saves the text as a new revision; a returned or requested letter moves to drafting. */
    public Letter saveDraft(long id, int version, String body, Letterhead letterhead) {
        Permitted authored = permitted(id, LetterAction.WRITE);
        String text = UserText.multiline(body);
        Map<String, String> errors = letterheadErrors(letterhead);
        if (text.isEmpty()) {
            errors.put("body", "Write the letter before saving it.");
        } else if (text.length() > MAX_BODY) {
            errors.put("body", "Keep the letter within " + MAX_BODY + " characters (it has " + text.length() + ").");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        claim(authored.letter, version, ContentKind.TEXT, letterhead);
        int revision = letters.addRevision(id, text, authored.viewer.personId(), OffsetDateTime.now(clock));
        audit.changed("letter.revise", SUBJECT, id, authored.letter.studentId(), authored.letter.status().name(),
                LetterStatus.DRAFTING.name() + " (revision " + revision + ")");
        return letter(id);
    }

    /** Uploads the letter as a PDF (judged by its content, at most 1 MB); it replaces the text as the letter. */
    public Letter uploadPdf(long id, int version, String fileName, byte[] content, Letterhead letterhead) {
        Permitted authored = permitted(id, LetterAction.WRITE);
        Map<String, String> errors = letterheadErrors(letterhead);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UploadedFile file = UploadedFile.check("pdf", fileName, content, MAX_PDF_BYTES, Set.of(UploadedFile.Kind.PDF));
        claim(authored.letter, version, ContentKind.PDF, letterhead);
        letters.putUpload(id, file.fileName(), file.content(), authored.viewer.personId(), OffsetDateTime.now(clock));
        audit.changed("letter.upload", SUBJECT, id, authored.letter.studentId(), authored.letter.status().name(),
                LetterStatus.DRAFTING.name() + " (PDF " + file.fileName() + ", " + UploadedFile.readableSize(file.size()) + ")");
        return letter(id);
    }

    public Letter submit(long id, int version) {
        Letter letter = permitted(id, LetterAction.SUBMIT).letter;
        if (letter.contentKind() == ContentKind.NONE) {
            throw new InvalidInputException("body", "Write or upload the letter before submitting it.");
        }
        Letter submitted = move(letter, version, LetterStatus.SUBMITTED, null, false, "letter.submit");
        announceSubmitted(letter);
        return submitted;
    }

    /** What happened, never what the letter says: a waived letter's content is for the advisors' eyes on its page. */
    private void announceSubmitted(Letter letter) {
        for (PersonSummary advisor : relationships.currentAdvisorsOf(letter.studentId())) {
            inbox.notify(advisor.id(), "letter.submitted", letter.mentorName() + " submitted the letter for "
                    + letter.studentName() + " (" + letter.specialty() + "); it waits for an advisor's approval.",
                    SUBJECT, letter.id());
        }
    }

    public Letter decline(long id, int version, String reason) {
        Permitted authored = permitted(id, LetterAction.DECLINE);
        return move(authored.letter, version, LetterStatus.DECLINED, reason(reason), true, "letter.decline");
    }

    // ---- an advisor of the student's cohort

    public Letter approve(long id, int version) {
        Letter letter = permitted(id, LetterAction.APPROVE).letter;
        Letter approved = move(letter, version, LetterStatus.APPROVED, null, true, "letter.approve");
        String advisor = currentUser.require().displayName();
        if (!letter.writerOutside()) {
            inbox.notify(letter.mentorId(), "letter.approved", advisor + " approved your letter for "
                    + letter.studentName() + " (" + letter.specialty() + ").", SUBJECT, letter.id());
        }
        inbox.notify(letter.studentId(), "letter.approved", "Your letter from " + letter.mentorName() + " ("
                + letter.specialty() + ") was approved.", SUBJECT, letter.id());
        return approved;
    }

    /** Sends the letter back to its writer; a writer outside the portal gets a new link with the reason. */
    public Letter returnToMentor(long id, int version, String reason) {
        Letter letter = permitted(id, LetterAction.RETURN).letter;
        String why = reason(reason);
        Letter returned = move(letter, version, LetterStatus.RETURNED, why, true, "letter.return");
        if (returned.writerOutside()) {
            sendUploadLink(returned, java.util.Objects.requireNonNull(returned.outsideWriterEmail()),
                    currentUser.require().personId(), why);
        } else {
            inbox.notify(letter.mentorId(), "letter.returned", currentUser.require().displayName()
                    + " returned your letter for " + letter.studentName() + " (" + letter.specialty() + "): " + why,
                    SUBJECT, letter.id());
        }
        // the reason may speak of the letter's content, which a student who waived the right to read may not learn
        inbox.notify(letter.studentId(), "letter.returned", "Your letter from " + letter.mentorName() + " ("
                + letter.specialty() + ") went back to them for changes.", SUBJECT, letter.id());
        return returned;
    }

    // ----

    private record Permitted(Viewer viewer, Letter letter) {
    }

    /**
     * The letter, for a viewer who holds the action's permission (anyone else is refused) and may see it (to anyone
     * else it does not exist, and to a mentor it was not asked of neither, when the action is its author's).
     */
    private Permitted visible(long id, LetterAction action) {
        Viewer viewer = currentUser.require(action.permission());
        Letter letter = letters.find(viewer, id).filter(l -> !action.authorOnly() || l.mentorId() == viewer.personId())
                .orElseThrow(() -> new NotFoundException("Letter"));
        return new Permitted(viewer, letter);
    }

    /** The letter, if the action is open to the viewer now ({@link LetterAction#isOpenTo}); what is left to refuse is its state. */
    private Permitted permitted(long id, LetterAction action) {
        Permitted found = visible(id, action);
        if (!action.isOpenTo(found.viewer, found.letter)) {
            throw new InvalidInputException("status", action.refusal(found.letter.status()));
        }
        return found;
    }

    private Letter move(Letter letter, int version, LetterStatus to, @Nullable String reason, boolean decision,
            String action) {
        Viewer viewer = currentUser.require();
        if (!letters.move(letter.id(), version, to, reason, decision ? viewer.personId() : null, OffsetDateTime.now(clock))) {
            throw stale(letter);
        }
        audit.changed(action, SUBJECT, letter.id(), letter.studentId(), letter.status().name(),
                reason == null ? to.name() : to.name() + ": " + reason);
        return letter(letter.id());
    }

    private void claim(Letter letter, int version, ContentKind kind, Letterhead letterhead) {
        if (!letters.setContent(letter.id(), version, kind, clean(letterhead))) {
            throw stale(letter);
        }
    }

    private static StaleDataException stale(Letter letter) {
        return new StaleDataException("The letter for " + letter.studentName());
    }

    private void auditRead(Viewer viewer, Letter letter) {
        if (viewer.personId() != letter.mentorId()) {
            audit.read(SUBJECT, letter.id(), letter.studentId());
        }
    }

    private static String reason(String reason) {
        String text = UserText.multiline(reason);
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "Give a reason: the other side reads it.");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Keep the reason within " + MAX_REASON + " characters.");
        }
        return text;
    }

    private LetterRequest validate(Viewer student, LetterRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!relationships.isCurrentMentorOf(request.mentorId(), student.personId())) {
            errors.put("mentor", "Choose one of your mentors.");
        }
        return validateDetails(request, errors);
    }

    /**
     * The specialty, name, programs and due date, cleaned; throws with {@code errors} and its own when anything is
     * wrong.
     */
    private LetterRequest validateDetails(LetterRequest request, Map<String, String> errors) {
        String specialty = UserText.line(request.specialty());
        if (specialty.isEmpty()) {
            errors.put("specialty", "Name the specialty the letter is for.");
        } else if (specialty.length() > MAX_SPECIALTY) {
            errors.put("specialty", "Keep the specialty within " + MAX_SPECIALTY + " characters.");
        }
        Set<String> programs = new LinkedHashSet<>();
        for (String program : request.programs()) {
            String name = UserText.line(program);
            if (name.length() > MAX_PROGRAM) {
                errors.put("programs", "Keep each program name within " + MAX_PROGRAM + " characters.");
            } else if (!name.isEmpty()) {
                programs.add(name);
            }
        }
        if (programs.isEmpty()) {
            errors.putIfAbsent("programs", "Name at least one program the letter is for.");
        } else if (programs.size() > MAX_PROGRAMS) {
            errors.putIfAbsent("programs", "Name at most " + MAX_PROGRAMS + " programs per letter.");
        }
        String purpose = UserText.lineOrAbsent(request.purpose());
        if (purpose != null && purpose.length() > MAX_PURPOSE) {
            errors.put("purpose", "Keep the name within " + MAX_PURPOSE + " characters.");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = request.dueOn();
        if (due == null) {
            errors.put("dueOn", "Choose the day you need the letter by.");
        } else if (due.isBefore(today)) {
            errors.put("dueOn", "Choose a day from today on.");
        } else if (due.isAfter(today.plus(LATEST_DUE))) {
            errors.put("dueOn", "Choose a day within two years.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new LetterRequest(request.mentorId(), specialty, purpose, new ArrayList<>(programs), due,
                request.waiveRightToRead());
    }

    private static Map<String, String> letterheadErrors(Letterhead letterhead) {
        Map<String, String> errors = new LinkedHashMap<>();
        tooLong(errors, "title", letterhead.title(), MAX_TITLE);
        tooLong(errors, "institution", letterhead.institution(), MAX_INSTITUTION);
        tooLong(errors, "contact", letterhead.contact(), MAX_CONTACT);
        return errors;
    }

    private static void tooLong(Map<String, String> errors, String field, @Nullable String value, int max) {
        if (value != null && UserText.line(value).length() > max) {
            errors.put(field, "Keep this within " + max + " characters.");
        }
    }

    private static Letterhead clean(Letterhead letterhead) {
        return new Letterhead(UserText.lineOrAbsent(letterhead.title()), UserText.lineOrAbsent(letterhead.institution()),
                UserText.lineOrAbsent(letterhead.contact()));
    }

    private static String fileName(Letter letter) {
        return ("Letter " + letter.studentName() + " " + letter.specialty()).replaceAll("[^\\p{L}\\p{N} ._-]", "")
                .strip().replace(' ', '-') + ".pdf";
    }
}
