package com.smartpick.advising.statement;

import com.smartpick.advising.audit.AuditTrail;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.base.UserText;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.cohort.StudentAccess;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Viewer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal-statement drafts: a student keeps their own, and shares a draft when they want their mentors' and advisors'
 * comments; those staff then read it and give feedback through the feedback feature. An unshared draft is the
 * student's alone (the repository's one read condition).
 */
@Service
@Transactional
public class StatementService {

    public static final int MAX_TITLE = 120;
    /** ERAS's limit for a personal statement. */
    public static final int MAX_BODY = 28000;
    /** The inbox subject of a shared draft, which staff open on its own page (the student's drafts page is the student's). */
    public static final String SHARED_SUBJECT = "shared-statement";

    private final StatementRepository statements;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final StudentAccess access;
    private final Relationships relationships;
    private final InboxService inbox;

    StatementService(StatementRepository statements, CurrentUser currentUser, AuditTrail audit, Clock clock, StudentAccess access,
            Relationships relationships, InboxService inbox) {
        this.access = access;
        this.relationships = relationships;
        this.inbox = inbox;
        this.statements = statements;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PersonalStatement> myDrafts() {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        return statements.of(me.personId(), me);
    }

    /** The drafts of a student the viewer may see (for staff, those the student shared); anyone else's student is not found. */
    @Transactional(readOnly = true)
    public List<PersonalStatement> draftsOf(long studentId) {
        Viewer viewer = currentUser.require();
        if (!access.maySee(viewer, studentId)) {
            throw new NotFoundException("Student");
        }
        return statements.of(studentId, viewer);
    }

    /** One draft; a staff read is written to the audit trail. */
    public PersonalStatement draft(long id) {
        PersonalStatement draft = statements.find(id, currentUser.require()).orElseThrow(() -> new NotFoundException("Personal statement"));
        audit.read("statement", id, draft.studentId());
        return draft;
    }

    public PersonalStatement create(String title) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        String clean = UserText.line(title);
        validate(clean, "");
        long id = statements.insert(me.personId(), clean, "");
        audit.did("statement.create", "statement", id, me.personId(), clean);
        return statements.find(id, me).orElseThrow();
    }

    /** Saves a draft, refusing a save from a stale screen instead of overwriting a newer one. */
    public PersonalStatement save(long id, int version, String title, String body) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        PersonalStatement current = own(id, me);
        String cleanTitle = UserText.line(title);
        String cleanBody = UserText.multiline(body);
        validate(cleanTitle, cleanBody);
        if (!statements.update(id, version, cleanTitle, cleanBody, OffsetDateTime.now(clock))) {
            throw new StaleDataException("Draft \"" + current.title() + "\"");
        }
        audit.changed("statement.save", "statement", id, me.personId(), current.body().length() + " characters",
                cleanBody.length() + " characters");
        return statements.find(id, me).orElseThrow();
    }

    /**
     * Shares the student's own draft with their current mentors and advisors, who are told in their inbox; sharing it
     * again (after more edits) tells them again.
     */
    public PersonalStatement share(long id) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        PersonalStatement draft = own(id, me);
        if (!statements.share(id, me.personId(), OffsetDateTime.now(clock))) {
            throw new NotFoundException("Personal statement");
        }
        audit.did("statement.share", "statement", id, me.personId(), draft.title());
        for (PersonSummary staff : relationships.currentStaffOf(me.personId(), me.personId())) {
            inbox.notify(staff.id(), "statement.shared", me.displayName() + " shared their personal-statement draft \""
                    + draft.title() + "\" for your comments.", SHARED_SUBJECT, id);
        }
        return statements.find(id, me).orElseThrow();
    }

    /** Takes a shared draft back: staff no longer read it (the feedback already given stays with it). */
    public PersonalStatement unshare(long id) {
        Viewer me = currentUser.require(Permission.KEEP_OWN_APPLICATION);
        PersonalStatement draft = own(id, me);
        if (!statements.share(id, me.personId(), null)) {
            throw new NotFoundException("Personal statement");
        }
        audit.did("statement.unshare", "statement", id, me.personId(), draft.title());
        return statements.find(id, me).orElseThrow();
    }

    /** The viewer's own draft: a student never reaches another's, whatever other role they hold. */
    private PersonalStatement own(long id, Viewer me) {
        return statements.find(id, me).filter(s -> s.studentId() == me.personId())
                .orElseThrow(() -> new NotFoundException("Personal statement"));
    }

    private static void validate(String title, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isEmpty()) {
            errors.put("title", "Give the draft a title, e.g. \"Internal Medicine, version 2\".");
        } else if (title.length() > MAX_TITLE) {
            errors.put("title", "Keep the title within " + MAX_TITLE + " characters.");
        }
        if (body.length() > MAX_BODY) {
            errors.put("body", "ERAS takes at most " + MAX_BODY + " characters; this draft has " + body.length() + ".");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
