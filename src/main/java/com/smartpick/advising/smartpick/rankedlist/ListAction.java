package com.smartpick.advising.smartpick.rankedlist;

import static com.smartpick.advising.smartpick.rankedlist.ListStatus.APPROVED;
import static com.smartpick.advising.smartpick.rankedlist.ListStatus.DRAFT;
import static com.smartpick.advising.smartpick.rankedlist.ListStatus.IN_REVIEW;
import static com.smartpick.advising.smartpick.rankedlist.ListStatus.PUBLISHED;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.RecordAction;
import com.smartpick.advising.security.Viewer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A move on a list version and who may make it when: {@link RankedListService#actionsOn} offers a viewer exactly
 * the moves whose rule here holds, and each command of the service refuses by the same rule. A version in draft or
 * in review takes overrides; approved and published versions are frozen; a superseded one is history.
 */
public enum ListAction implements RecordAction<ListStatus> {
    ANNOTATE(Permission.ANNOTATE_LISTS, null, DRAFT, IN_REVIEW, APPROVED, PUBLISHED),
    /** Pin, exclude, include or move an entry. */
    OVERRIDE(Permission.RUN_SMARTPICK, null, DRAFT, IN_REVIEW),
    SUBMIT_FOR_REVIEW(Permission.APPROVE_LISTS, IN_REVIEW, DRAFT),
    APPROVE(Permission.APPROVE_LISTS, APPROVED, IN_REVIEW),
    /** Send a version in review back to draft, e.g. after a mentor's concern. */
    RETURN_TO_DRAFT(Permission.APPROVE_LISTS, DRAFT, IN_REVIEW),
    /** Show the version to its student, superseding the one published before it. */
    PUBLISH(Permission.APPROVE_LISTS, PUBLISHED, APPROVED);

    private final Permission permission;
    private final @Nullable ListStatus to;
    private final Set<ListStatus> from;

    ListAction(Permission permission, @Nullable ListStatus to, ListStatus first, ListStatus... more) {
        this.permission = permission;
        this.to = to;
        this.from = Set.copyOf(EnumSet.of(first, more));
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /** Where a step of the workflow takes the version; null for a move that leaves its status. */
    @Nullable ListStatus to() {
        return to;
    }

    @Override
    public boolean isOpenTo(Viewer viewer, ListStatus status) {
        return viewer.may(permission) && from.contains(status);
    }

    /** Why a version in this status refuses the move, to someone who holds the permission. */
    InvalidInputException refusal(int listNo, ListStatus status) {
        String version = "Version " + listNo + " is " + status.label().toLowerCase(Locale.ROOT);
        return switch (this) {
            case ANNOTATE -> new InvalidInputException("text", "This version is superseded: annotate the current one.");
            case OVERRIDE -> new InvalidInputException("status", version + ": run SmartPick again to make a new version to change.");
            // a step of the workflow starts from one status
            default -> new InvalidInputException("status", version + "; only a version "
                    + from.iterator().next().label().toLowerCase(Locale.ROOT) + " can become "
                    + Objects.requireNonNull(to).label().toLowerCase(Locale.ROOT) + ".");
        };
    }
}
