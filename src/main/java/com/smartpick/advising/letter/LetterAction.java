package com.smartpick.advising.letter;

import static com.smartpick.advising.letter.LetterStatus.DRAFTING;
import static com.smartpick.advising.letter.LetterStatus.REQUESTED;
import static com.smartpick.advising.letter.LetterStatus.RETURNED;
import static com.smartpick.advising.letter.LetterStatus.SUBMITTED;

import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.RecordAction;
import com.smartpick.advising.security.Viewer;
import java.util.EnumSet;
import java.util.Set;

/**
 * A move on a letter and who may make it when: {@link LetterService#actionsOn} offers a viewer exactly the moves
 * whose rule here holds, and each command of the service refuses by the same rule.
 */
public enum LetterAction implements RecordAction<Letter> {
    /** Save a revision of the text, or upload the letter as a PDF. */
    WRITE(Permission.WRITE_LETTERS, true, "changed", REQUESTED, DRAFTING, RETURNED),
    SUBMIT(Permission.WRITE_LETTERS, true, "submitted", DRAFTING),
    DECLINE(Permission.WRITE_LETTERS, true, "changed", REQUESTED, DRAFTING, RETURNED),
    APPROVE(Permission.APPROVE_LETTERS, false, "decided", SUBMITTED),
    /** Send a submitted letter back to its mentor with a reason. */
    RETURN(Permission.APPROVE_LETTERS, false, "decided", SUBMITTED);

    private final Permission permission;
    private final boolean authorOnly;
    private final String verb;
    private final Set<LetterStatus> from;

    LetterAction(Permission permission, boolean authorOnly, String verb, LetterStatus first, LetterStatus... more) {
        this.permission = permission;
        this.authorOnly = authorOnly;
        this.verb = verb;
        this.from = Set.copyOf(EnumSet.of(first, more));
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /** Only the mentor the letter was asked of: to any other mentor the letter does not exist. */
    boolean authorOnly() {
        return authorOnly;
    }

    /** Says why a letter in this state refuses the move. */
    String refusal(LetterStatus status) {
        return "A " + status.label().toLowerCase() + " letter cannot be " + verb + ".";
    }

    /** The rule: the viewer holds the permission, wrote the letter if the move is its author's, and it stands where the move starts. */
    @Override
    public boolean isOpenTo(Viewer viewer, Letter letter) {
        return viewer.may(permission) && (!authorOnly || letter.mentorId() == viewer.personId())
                && from.contains(letter.status());
    }
}
