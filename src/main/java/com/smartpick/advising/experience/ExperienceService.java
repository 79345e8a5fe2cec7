package com.smartpick.advising.experience;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.feedback.Announcement;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.OutsideMail;
import com.smartpick.advising.profile.StoredProfiles;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.RecordAction;
import com.smartpick.advising.security.SingleUseLinks;
import com.smartpick.advising.security.Viewer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experience records and their review. A student keeps their own records (draft → submitted); a mentor or advisor who
 * may see the student verifies a submitted record or asks for changes. A verified record is locked: editing it starts
 * a new draft revision, and the verified one keeps counting until that revision is verified in turn.
 */
@Service
@Transactional
public class ExperienceService {

    /** Certificates: a scan or a PDF of a few pages fits easily. */
    public static final int MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ATTACHMENTS = 10;
    public static final int MAX_REVIEW_NOTE = 4000;
    /** How long a physician's confirmation link stays usable: a busy attending reads mail weekly. */
    public static final Duration CONFIRMATION_LINK_LIFETIME = Duration.ofDays(14);
    public static final int MAX_CONFIRMER_NAME = 200;
    public static final int MAX_CONFIRMATION_NOTE = 2000;
    /** How long a submitted record may wait for its review before it counts as late, on the dashboard and worklists. */
    public static final int REVIEW_WITHIN_DAYS = 7;
    static final String SUBJECT = "experience";

    private final ExperienceRepository records;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final FeedbackService feedback;
    private final InboxService inbox;
    private final Clock clock;
    private final StudentAccess access;
    private final StoredProfiles profiles;
    private final SingleUseLinks links;
    private final OutsideMail mail;
    private final Relationships relationships;

    ExperienceService(ExperienceRepository records, CurrentUser currentUser, AuditTrail audit, FeedbackService feedback,
            InboxService inbox, Clock clock, StudentAccess access, StoredProfiles profiles, Relationships relationships,
            SingleUseLinks links, OutsideMail mail) {
        this.relationships = relationships;
        this.links = links;
        this.mail = mail;
        this.access = access;
        this.profiles = profiles;
        this.records = records;
        this.currentUser = currentUser;
        this.audit = audit;
        this.feedback = feedback;
        this.inbox = inbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ExperienceRecord> myRecords() {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        return records.ofStudent(me.personId(), me);
    }

    /** A student's records as they stand, for whoever may see the student (a foreign student is not found). */
    @Transactional(readOnly = true)
    public List<ExperienceRecord> recordsOf(long studentId) {
        return records.ofStudent(visibleStudent(studentId), currentUser.require());
    }

    /**
     * The student's records among {@code ids}, revised or not (an ERAS entry keeps the record it was chosen as), for
     * whoever may see the student; ids of other students' records match nothing.
     */
    @Transactional(readOnly = true)
    public List<ExperienceRecord> recordsOf(long studentId, Collection<Long> ids) {
        return records.ofIds(visibleStudent(studentId), ids, currentUser.require());
    }

    /** One record; a staff read is written to the audit trail. */
    public ExperienceRecord record(long id) {
        ExperienceRecord record = find(id, currentUser.require());
        audit.read(SUBJECT, id, record.studentId());
        return record;
    }

    /**
     * The moves the signed-in person may make on this record now: exactly those the commands below accept. Reads
     * nothing, so it needs no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Set<ExperienceAction> actionsOn(ExperienceRecord record) {
        return RecordAction.openTo(currentUser.require(), record, ExperienceAction.class);
    }

    public ExperienceRecord create(ExperienceDetails details) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceDetails clean = validated(details);
        long id = records.insert(me.personId(), clean, null);
        records.created(id, me.personId());
        audit.did("experience.create", SUBJECT, id, me.personId(), clean.institution());
        return find(id, me);
    }

    /**
     * Saves a student's edit. A draft or a returned record changes in place; a verified record stays as it is and the
     * edit becomes a new draft revision of it (the one returned).
     */
    public ExperienceRecord edit(long id, int version, ExperienceDetails details) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceRecord current = own(id, me);
        ExperienceDetails clean = validated(details);
        refuseUnless(ExperienceAction.EDIT, me, current);
        if (current.status() == ExperienceStatus.VERIFIED) {
            return revise(current, version, clean, me);
        }
        if (!records.update(id, version, clean, OffsetDateTime.now(clock))) {
            throw stale(current);
        }
        audit.changed("experience.edit", SUBJECT, id, me.personId(), summary(current.details()), summary(clean));
        return find(id, me);
    }

    private ExperienceRecord revise(ExperienceRecord verified, int version, ExperienceDetails clean, Viewer me) {
        if (verified.version() != version) {
            throw stale(verified);
        }
        if (records.openRevisionOf(verified.id()).isPresent()) {
            throw new InvalidInputException("status", "A revision of this verified record is already open: edit that one.");
        }
        long revision;
        try {
            revision = records.insert(me.personId(), clean, verified.id());
        } catch (DuplicateKeyException raced) {
            throw stale(verified);
        }
        records.created(revision, me.personId());
        records.copyAttachments(verified.id(), revision);
        audit.changed("experience.revise", SUBJECT, revision, me.personId(), summary(verified.details()), summary(clean));
        return find(revision, me);
    }

    public ExperienceRecord submit(long id, int version) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceRecord current = own(id, me);
        refuseUnless(ExperienceAction.SUBMIT, me, current);
        ExperienceRecord submitted = move(current, version, ExperienceStatus.SUBMITTED, me, "experience.submit");
        for (PersonSummary reviewer : relationships.currentStaffOf(me.personId(), me.personId())) {
            inbox.notify(reviewer.id(), "experience.submitted", current.studentName() + " submitted their "
                    + current.details().describe() + " for review.", SUBJECT, id);
        }
        return submitted;
    }

    /**
     * Takes a submitted record back to draft before anyone reviewed it: it leaves the reviewers' queues and is the
     * student's to change (or delete) again.
     */
    public ExperienceRecord withdraw(long id, int version) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceRecord current = own(id, me);
        refuseUnless(ExperienceAction.WITHDRAW, me, current);
        return move(current, version, ExperienceStatus.DRAFT, me, "experience.withdraw");
    }

    /**
     * Deletes a draft, with its certificates, history and feedback. Only that one row goes:
     * the delete names the student, the version and the draft state, and anything else leaves it in place.
     */
    public void delete(long id, int version) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceRecord current = own(id, me);
        refuseUnless(ExperienceAction.DELETE, me, current);
        if (!records.deleteDraft(id, me.personId(), version)) {
            throw stale(current);
        }
        audit.did("experience.delete", SUBJECT, id, me.personId(), summary(current.details()));
    }

    /**
     * The student's other records that look like this one ({@link ExperienceRules#lookAlike}): what a student is warned
     * of before submitting it, and a reviewer before verifying it. Its own revisions and the verified row it revises
     * are the same experience, not look-alikes.
     */
    @Transactional(readOnly = true)
    public List<ExperienceRecord> lookAlikesOf(long id) {
        Viewer viewer = currentUser.require();
        ExperienceRecord record = find(id, viewer);
        return lookAlikes(records.ofStudent(record.studentId(), viewer), record.details(), record);
    }

    /**
     * The signed-in student's records that look like these new details: the warning before a new record is saved.
     * Details that break a rule are refused as {@link #create} would refuse them, so the fields' messages come first.
     */
    @Transactional(readOnly = true)
    public List<ExperienceRecord> myLookAlikes(ExperienceDetails details) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        return lookAlikes(records.ofStudent(me.personId(), me), validated(details), null);
    }

    private static List<ExperienceRecord> lookAlikes(List<ExperienceRecord> candidates, ExperienceDetails details,
            @Nullable ExperienceRecord self) {
        return candidates.stream().filter(other -> self == null || !sameExperience(self, other))
                .filter(other -> ExperienceRules.lookAlike(details, other.details())).toList();
    }

    private static boolean sameExperience(ExperienceRecord a, ExperienceRecord b) {
        return a.id() == b.id() || Objects.equals(a.revisionOf(), b.id()) || Objects.equals(b.revisionOf(), a.id());
    }

    public ExperienceRecord verify(long id, int version) {
        Viewer reviewer = currentUser.require(Permission.REVIEW_EXPERIENCE);
        ExperienceRecord current = reviewable(id, reviewer, ExperienceAction.VERIFY);
        ExperienceRecord verified = move(current, version, ExperienceStatus.VERIFIED, reviewer, "experience.verify");
        if (current.revisionOf() != null) {
            records.supersede(current.revisionOf(), id);
        }
        inbox.notify(current.studentId(), "experience.verified", reviewer.displayName() + " verified your "
                + current.details().describe() + ".", SUBJECT, id);
        return verified;
    }

    /** Returns a submitted record to its student with the reviewer's message, which the student reads. */
    public ExperienceRecord requestChanges(long id, int version, String message) {
        Viewer reviewer = currentUser.require(Permission.REVIEW_EXPERIENCE);
        String note = UserText.multiline(message);
        if (note.isEmpty()) {
            throw new InvalidInputException("message", "Tell the student what to change.");
        }
        if (note.length() > MAX_REVIEW_NOTE) {
            throw new InvalidInputException("message", "Keep the message within " + MAX_REVIEW_NOTE + " characters.");
        }
        ExperienceRecord current = reviewable(id, reviewer, ExperienceAction.REQUEST_CHANGES);
        ExperienceRecord returned = move(current, version, ExperienceStatus.CHANGES_REQUESTED, reviewer,
                "experience.request_changes");
        records.noteLastTransition(id, note);
        feedback.give(FeedbackAbout.RECORD, id, FeedbackVisibility.STUDENT, note, new Announcement(
                "experience.changes_requested",
                reviewer.displayName() + " asked for changes to your " + current.details().describe() + ": " + note));
        return returned;
    }

    /**
     * The student asks the supervising physician of a US rotation, by the e-mail on the record, to confirm its dates,
     * hands-on or observership, and hours through a single-use link; no account is needed to answer.
     */
    public ExperienceRecord askForConfirmation(long id) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceRecord record = own(id, me);
        refuseUnless(ExperienceAction.ASK_CONFIRMATION, me, record);
        String email = Objects.requireNonNull(record.details().supervisorEmail());
        String token = links.issue(SingleUseLinks.Purpose.EXPERIENCE_CONFIRMATION, id, email,
                CONFIRMATION_LINK_LIFETIME, me.personId());
        mail.send(email, me.displayName() + " asks you to confirm a rotation",
                ConfirmationMail.asking(me.displayName(), record.details(), mail.link(CONFIRMATION_PATH + token),
                        OffsetDateTime.now(clock).plus(CONFIRMATION_LINK_LIFETIME)));
        audit.did("experience.confirmation_asked", SUBJECT, id, me.personId(), "sent to " + email);
        return record;
    }

    /** The path of a confirmation link under the plugin's prefix, before its token. */
    public static final String CONFIRMATION_PATH = "confirm/";

    /** What a physician's link shows: the record to confirm; "not found" for a link used, expired or unknown. */
    @Transactional(readOnly = true)
    public ConfirmationRequest confirmationRequest(String token) {
        SingleUseLinks.Link link = links.find(token, SingleUseLinks.Purpose.EXPERIENCE_CONFIRMATION)
                .orElseThrow(() -> new NotFoundException(SingleUseLinks.LINK));
        ExperienceRecord record = records.linkedFrom(link.subjectId())
                .orElseThrow(() -> new NotFoundException(SingleUseLinks.LINK));
        return new ConfirmationRequest(record.studentName(), record.details(), link.email(), link.expiresAt());
    }

    /**
     * The physician's answer through the link, which it spends: the record then shows who confirmed it and when, or
     * the student reads why the physician could not.
     */
    public void answerConfirmation(String token, String name, boolean accurate, String note) {
        String who = UserText.line(name);
        String why = UserText.multiline(note);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (who.isEmpty() || who.length() > MAX_CONFIRMER_NAME) {
            errors.put("name", "Enter your name as it should appear on the record (at most " + MAX_CONFIRMER_NAME
                    + " characters).");
        }
        if (!accurate && why.isEmpty()) {
            errors.put("note", "Tell the student what is not right.");
        }
        if (why.length() > MAX_CONFIRMATION_NOTE) {
            errors.put("note", "Keep the note within " + MAX_CONFIRMATION_NOTE + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        SingleUseLinks.Link link = links.spend(token, SingleUseLinks.Purpose.EXPERIENCE_CONFIRMATION);
        ExperienceRecord record = records.linkedFrom(link.subjectId())
                .orElseThrow(() -> new NotFoundException(SingleUseLinks.LINK));
        if (accurate) {
            records.confirm(record.id(), who, link.email(), OffsetDateTime.now(clock));
            inbox.notify(record.studentId(), "experience.confirmed", who + " confirmed your "
                    + record.details().describe() + ".", SUBJECT, record.id());
        } else {
            inbox.notify(record.studentId(), "experience.confirmation_declined", who + " could not confirm your "
                    + record.details().describe() + ": " + why, SUBJECT, record.id());
        }
        audit.did(accurate ? "experience.confirm" : "experience.confirmation_declined", SUBJECT, record.id(),
                record.studentId(), "by " + who + " <" + link.email() + "> through a single-use link"
                        + (why.isEmpty() ? "" : ": " + why));
    }

    /** Who did what to this experience and when, its earlier revisions included. */
    @Transactional(readOnly = true)
    public List<Transition> history(long id) {
        find(id, currentUser.require());
        return records.history(records.lineage(id));
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(long recordId) {
        return records.attachments(find(recordId, currentUser.require()).id());
    }

    /** Adds a certificate (PDF, PNG or JPEG by content, at most 5 MB) to a record the student may still edit. */
    public Attachment attach(long recordId, String fileName, byte[] content) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceRecord record = own(recordId, me);
        refuseUnless(ExperienceAction.CHANGE_FILES, me, record);
        UploadedFile file = UploadedFile.check("attachment", fileName, content, MAX_ATTACHMENT_BYTES,
                EnumSet.allOf(UploadedFile.Kind.class));
        if (records.attachments(recordId).size() >= MAX_ATTACHMENTS) {
            throw new InvalidInputException("attachment", "A record keeps at most " + MAX_ATTACHMENTS + " files.");
        }
        long id = records.attach(record.id(), file, me.personId());
        audit.did("experience.attach", SUBJECT, record.id(), me.personId(),
                file.fileName() + " (" + UploadedFile.readableSize(file.size()) + ")");
        return records.attachments(recordId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    public void removeAttachment(long recordId, long attachmentId) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        ExperienceRecord record = own(recordId, me);
        refuseUnless(ExperienceAction.CHANGE_FILES, me, record);
        if (!records.removeAttachment(attachmentId, record.id())) {
            throw new NotFoundException("File");
        }
        audit.did("experience.detach", SUBJECT, record.id(), me.personId(), "attachment " + attachmentId);
    }

    /** A certificate's bytes for whoever may see its record; a staff download is audited as a read. */
    public UploadedFile download(long attachmentId) {
        ExperienceRepository.StoredFile stored = records.attachmentContent(attachmentId, currentUser.require())
                .orElseThrow(() -> new NotFoundException("File"));
        audit.read("experience_attachment", attachmentId, stored.studentId());
        return UploadedFile.check("attachment", stored.fileName(), stored.content(), Long.MAX_VALUE,
                EnumSet.allOf(UploadedFile.Kind.class));
    }

    /**
     * Submitted records waiting for the viewer: a mentor's mentees', an advisor's cohorts', oldest first; only of the
     * students whose name contains {@code studentName} (case and accents aside; blank: everyone's).
     */
    @Transactional(readOnly = true)
    public List<ReviewItem> reviewQueue(String studentName) {
        return records.queue(currentUser.require(Permission.REVIEW_EXPERIENCE), studentName);
    }

    @Transactional(readOnly = true)
    public ExperienceSummary mySummary() {
        return summary(currentUser.require(Permission.KEEP_OWN_APPLICATION).personId());
    }

    @Transactional(readOnly = true)
    public ExperienceSummary summaryOf(long studentId) {
        return summary(visibleStudent(studentId));
    }

    /**
     * For other features (SmartPick feeds it to the engine): the student's hands-on US clinical months from their
     * current verified records, overlapping periods counted once. The viewer must be allowed to see the student.
     */
    @Transactional(readOnly = true)
    public double handsOnUsceMonths(long studentId) {
        return summaryOf(studentId).handsOnUsceMonths();
    }

    private ExperienceSummary summary(long studentId) {
        return ExperienceMetrics.summarize(records.currentVerified(studentId), preferredSpecialties(studentId),
                LocalDate.now(clock));
    }

    private List<String> preferredSpecialties(long studentId) {
        return profiles.of(studentId).map(p -> p.preferredSpecialties().stream().map(Enum::name).toList()).orElse(List.of());
    }

    private ExperienceRecord move(ExperienceRecord current, int version, ExperienceStatus to, Viewer actor, String action) {
        if (!records.move(current.id(), version, current.status(), to, actor.personId(), OffsetDateTime.now(clock))) {
            throw stale(current);
        }
        audit.changed(action, SUBJECT, current.id(), current.studentId(), current.status().name(), to.name());
        return find(current.id(), actor);
    }

    private ExperienceRecord reviewable(long id, Viewer reviewer, ExperienceAction review) {
        ExperienceRecord current = find(id, reviewer);
        if (current.studentId() == reviewer.personId()) {
            throw new AccessDeniedException("Nobody reviews their own records.");
        }
        refuseUnless(review, reviewer, current);
        return current;
    }

    private static void refuseUnless(ExperienceAction action, Viewer viewer, ExperienceRecord record) {
        if (!action.isOpenTo(viewer, record)) {
            throw action.refusal(record);
        }
    }

    private ExperienceRecord find(long id, Viewer viewer) {
        return records.find(id, viewer).orElseThrow(() -> new NotFoundException("Experience record"));
    }

    /** The viewer's own record: a student never reaches another's, whatever other role they hold. */
    private ExperienceRecord own(long id, Viewer me) {
        ExperienceRecord record = find(id, me);
        if (record.studentId() != me.personId()) {
            throw new NotFoundException("Experience record");
        }
        return record;
    }

    private long visibleStudent(long studentId) {
        if (!access.maySee(currentUser.require(), studentId)) {
            throw new NotFoundException("Student");
        }
        return studentId;
    }

    private ExperienceDetails validated(ExperienceDetails details) {
        ExperienceDetails clean = ExperienceRules.clean(details);
        Map<String, String> errors = ExperienceRules.check(clean, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return clean;
    }

    private static StaleDataException stale(ExperienceRecord record) {
        return new StaleDataException("The record \"" + record.details().institution() + "\"");
    }

    private static String summary(ExperienceDetails d) {
        return d.type() + " " + d.institution() + ", " + d.city() + " " + d.country() + ", " + d.startDate() + " to "
                + (d.ongoing() ? "ongoing" : d.endDate()) + ", " + d.hoursPerWeek() + " h/week, "
                + (d.handsOn() ? "hands-on" : "observation");
    }
}
