package com.smartpick.advising.feedback;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback from staff on a record, a personal-statement draft, or a student in general. Staff-only feedback never
 * reaches the student: every read filters it out for a student (in the query), and only feedback visible to the
 * student is announced in their inbox.
 */
@Service
@Transactional
public class FeedbackService {

    static final int MAX_BODY = 4000;

    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final InboxService inbox;
    private final Map<FeedbackAbout, FeedbackSubject> subjects;

    FeedbackService(FeedbackRepository feedback, CurrentUser currentUser, AuditTrail audit, InboxService inbox,
            List<FeedbackSubject> subjects) {
        this.feedback = feedback;
        this.subjects = new EnumMap<>(FeedbackAbout.class);
        subjects.forEach(subject -> this.subjects.put(subject.about(), subject));
        this.currentUser = currentUser;
        this.audit = audit;
        this.inbox = inbox;
    }

    /**
     * Staff write feedback; feedback the student may read is announced in their inbox.
     *
     * @param subjectId the record or statement id; the student's id for general feedback
     */
    public Feedback give(FeedbackAbout about, long subjectId, FeedbackVisibility visibility, String body) {
        return give(about, subjectId, visibility, body, null);
    }

    /**
     * The same, announced with the caller's own words, e.g. "Changes requested on …" when a reviewer returns a record
     * (so the student gets one message, not two).
     */
    public Feedback give(FeedbackAbout about, long subjectId, FeedbackVisibility visibility, String body,
            @Nullable Announcement announcement) {
        Viewer author = currentUser.require(Permission.WRITE_FEEDBACK);
        String clean = UserText.multiline(body);
        if (clean.isEmpty()) {
            throw new InvalidInputException("body", "Write the feedback first.");
        }
        if (clean.length() > MAX_BODY) {
            throw new InvalidInputException("body", "Keep feedback within " + MAX_BODY + " characters (now " + clean.length() + ").");
        }
        FeedbackSubject.Found found = find(author, about, subjectId).orElseThrow(() -> notFound(about));
        long studentId = found.studentId();
        Long subject = about == FeedbackAbout.GENERAL ? null : subjectId;
        long id = feedback.insert(studentId, author.personId(), about, subject, visibility, clean);
        audit.did("feedback.create", "feedback", id, studentId, about.name() + " " + visibility.name());
        if (visibility == FeedbackVisibility.STUDENT) {
            inbox.notify(studentId, announcement != null ? announcement.kind() : "feedback", announcement != null
                    ? announcement.message() : author.displayName() + " left feedback on your " + found.name() + ".",
                    switch (about) {
                        case RECORD -> "experience";
                        case STATEMENT -> "statement";
                        case GENERAL -> null;
                    }, subject);
        }
        return feedback.find(author, FeedbackRepository.aboutStudent(studentId)).stream()
                .filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Feedback> onRecord(long recordId) {
        return read(FeedbackAbout.RECORD, recordId, FeedbackRepository.onRecord(recordId));
    }

    @Transactional(readOnly = true)
    public List<Feedback> onStatement(long statementId) {
        return read(FeedbackAbout.STATEMENT, statementId, FeedbackRepository.onStatement(statementId));
    }

    /** General feedback about a student (not tied to a record or draft). */
    @Transactional(readOnly = true)
    public List<Feedback> generalAbout(long studentId) {
        return read(FeedbackAbout.GENERAL, studentId, FeedbackRepository.generalAbout(studentId));
    }

    /** Everything about a student the viewer may read, newest first. */
    @Transactional(readOnly = true)
    public List<Feedback> allAbout(long studentId) {
        return read(FeedbackAbout.GENERAL, studentId, FeedbackRepository.aboutStudent(studentId));
    }

    /** A subject the viewer may not see answers "not found", as a missing one does, rather than an empty list. */
    private List<Feedback> read(FeedbackAbout about, long subjectId, Condition which) {
        Viewer viewer = currentUser.require();
        find(viewer, about, subjectId).orElseThrow(() -> notFound(about));
        return feedback.find(viewer, which);
    }

    private Optional<FeedbackSubject.Found> find(Viewer viewer, FeedbackAbout about, long subjectId) {
        if (about == FeedbackAbout.GENERAL) {
            // general feedback is about the student's whole file
            return feedback.student(viewer, subjectId).map(student -> new FeedbackSubject.Found(student, "file"));
        }
        FeedbackSubject owner = subjects.get(about);
        return owner == null ? Optional.empty() : owner.find(viewer, subjectId);
    }

    private static NotFoundException notFound(FeedbackAbout about) {
        return new NotFoundException(switch (about) {
            case RECORD -> "Experience record";
            case STATEMENT -> "Personal statement";
            case GENERAL -> "Student";
        });
    }

    /** Whether the current viewer may choose a visibility (staff) or only reads what the student may (a student). */
    public boolean canWrite() {
        return currentUser.viewer().map(v -> v.may(Permission.WRITE_FEEDBACK)).orElse(false);
    }
}
