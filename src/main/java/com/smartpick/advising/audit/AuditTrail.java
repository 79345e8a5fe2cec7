package com.smartpick.advising.audit;

import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. Propagation MANDATORY: an event is written in the transaction of the change (or read) it
 * records, so a change is never kept without its event nor an event without its change.
 *
 * <p>Actions are named {@code <subject type>.<verb>}, e.g. {@code experience.verify}, {@code letter.read}.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditTrail {

    static final int MAX_STATE = 4000;
    static final int MAX_DETAIL = 2000;
    static final String SYSTEM = "system";
    /** The ending of every refused attempt's action, e.g. {@code roster.import.refused}. */
    public static final String REFUSED = ".refused";
    static final String VISITOR = "visitor at ";
    private static final int MAX_ACTOR = 200;

    private final AuditRepository events;
    private final CurrentUser currentUser;

    AuditTrail(AuditRepository events, CurrentUser currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    /** A state change of a record: {@code before} and {@code after} are its states (null when created or gone). */
    public void changed(String action, String subjectType, long subjectId, @Nullable Long studentId,
            @Nullable String before, @Nullable String after) {
        write(action, subjectType, subjectId, studentId, before, after, null);
    }

    /** Something done to a record that is not a move between states, e.g. an annotation or an upload. */
    public void did(String action, String subjectType, long subjectId, @Nullable Long studentId, @Nullable String detail) {
        write(action, subjectType, subjectId, studentId, null, null, detail);
    }

    /** A read of a student's record or letter by someone other than the student: action {@code <type>.read}. */
    public void read(String subjectType, long subjectId, long studentId) {
        read(subjectType, subjectId, studentId, null);
    }

    /**
     * A read as above, saying in the student's words what was read (e.g. "SmartPick list of 12 Jan 2026"): her
     * record of disclosures shows it instead of the thing's kind.
     */
    public void read(String subjectType, long subjectId, long studentId, @Nullable String what) {
        Viewer viewer = currentUser.viewer().orElse(null);
        if (viewer != null && viewer.personId() == studentId) {
            return;
        }
        write(subjectType + ".read", subjectType, subjectId, studentId, null, null, what);
    }

    /**
     * An attempt refused whole, such as an import with errors: written in a transaction of its own, because the
     * attempt's is rolled back, so that admins still see what failed. Its action ends in {@link #REFUSED}. The actor
     * is named without the key to their row: that row may not be committed yet where the attempt began (a first
     * sign-in's), and the separate transaction would wait for it.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(String attempt, String subjectType, @Nullable Long subjectId, String detail) {
        Viewer viewer = currentUser.viewer().orElse(null);
        events.insert(null, viewer == null ? SYSTEM : clip(viewer.displayName(), MAX_ACTOR), roles(viewer),
                attempt + REFUSED, subjectType, subjectId, null, null, null, clip(detail, MAX_DETAIL));
    }

    /**
     * Something done by a visitor who is not signed in, such as failed sign-ins that paused an account: the actor is
     * named by the address the request came from.
     */
    public void byVisitor(String action, String client, String subjectType, @Nullable Long subjectId, String detail) {
        events.insert(null, clip(VISITOR + client, MAX_ACTOR), "", action, subjectType, subjectId, null, null, null,
                clip(detail, MAX_DETAIL));
    }

    private void write(String action, String subjectType, @Nullable Long subjectId, @Nullable Long studentId,
            @Nullable String before, @Nullable String after, @Nullable String detail) {
        Viewer viewer = currentUser.viewer().orElse(null);
        events.insert(viewer == null ? null : viewer.personId(),
                viewer == null ? SYSTEM : viewer.displayName(),
                roles(viewer),
                action, subjectType, subjectId, studentId,
                clip(before, MAX_STATE), clip(after, MAX_STATE), clip(detail, MAX_DETAIL));
    }

    private static String roles(@Nullable Viewer viewer) {
        return viewer == null ? SYSTEM : viewer.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static @Nullable String clip(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
