package com.smartpick.advising.experience;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.RecordAction;
import com.smartpick.advising.security.Viewer;

/**
 * A move on an experience record and who may make it when: {@link ExperienceService#actionsOn} offers a viewer
 * exactly the moves whose rule here holds, and each command of the service refuses by the same rule.
 */
public enum ExperienceAction implements RecordAction<ExperienceRecord> {
    /** Change a draft or a returned record in place, or start a revision of the current verified one. */
    EDIT(Permission.KEEP_OWN_APPLICATION),
    SUBMIT(Permission.KEEP_OWN_APPLICATION),
    /** Attach or remove certificates. */
    CHANGE_FILES(Permission.KEEP_OWN_APPLICATION),
    VERIFY(Permission.REVIEW_EXPERIENCE),
    REQUEST_CHANGES(Permission.REVIEW_EXPERIENCE),
    /** Ask the supervising physician of a US rotation to confirm it, by the e-mail on the record. */
    ASK_CONFIRMATION(Permission.KEEP_OWN_APPLICATION),
    /**
     * Delete a draft, never reviewed: nothing else refers to it (revisions and ERAS entries name verified rows only),
     * and its history, certificates and feedback go with it.
     */
    DELETE(Permission.KEEP_OWN_APPLICATION),
    /** Take a submitted record back to draft before a reviewer decides on it. */
    WITHDRAW(Permission.KEEP_OWN_APPLICATION);

    private final Permission permission;

    ExperienceAction(Permission permission) {
        this.permission = permission;
    }

    @Override
    public Permission permission() {
        return permission;
    }

    /**
     * The rule, for a record the viewer may see: a student works on their own records until they are submitted (a
     * verified one is edited as a new revision, unless a newer verified one replaced it); a reviewer decides on a
     * submitted record, never on their own.
     */
    @Override
    public boolean isOpenTo(Viewer viewer, ExperienceRecord record) {
        boolean own = record.studentId() == viewer.personId();
        return viewer.may(permission) && switch (this) {
            case EDIT -> own && record.status() != ExperienceStatus.SUBMITTED && record.supersededBy() == null;
            case SUBMIT, CHANGE_FILES -> own && record.status().editableInPlace();
            case VERIFY, REQUEST_CHANGES -> !own && record.status() == ExperienceStatus.SUBMITTED;
            case ASK_CONFIRMATION -> own && confirmable(record);
            case DELETE -> own && record.status() == ExperienceStatus.DRAFT;
            case WITHDRAW -> own && record.status() == ExperienceStatus.SUBMITTED;
        };
    }

    /** Submitted or verified, in the US, with the supervisor's e-mail, and not confirmed yet. */
    private static boolean confirmable(ExperienceRecord record) {
        return (record.status() == ExperienceStatus.SUBMITTED || record.status() == ExperienceStatus.VERIFIED)
                && record.supersededBy() == null && record.details().inUs() && record.details().supervisorEmail() != null
                && record.confirmation() == null;
    }

    /** Why the rule does not hold for a record in this state, to someone who holds the permission and whose turn it would be. */
    InvalidInputException refusal(ExperienceRecord record) {
        boolean submitted = record.status() == ExperienceStatus.SUBMITTED;
        return switch (this) {
            case EDIT -> new InvalidInputException("status", submitted
                    ? "This record is waiting for review: it can be edited again once a reviewer verifies it or asks for changes."
                    : "This is an older verified version; edit the current one.");
            case SUBMIT -> new InvalidInputException("status", submitted
                    ? "This record is already submitted and waiting for review."
                    : "This record is verified; edit it to start a new revision, then submit that.");
            case CHANGE_FILES -> new InvalidInputException("attachment", submitted
                    ? "This record is waiting for review: files can be changed once it is reviewed."
                    : "This record is verified: edit it to start a revision, then change the files there.");
            case VERIFY, REQUEST_CHANGES -> new InvalidInputException("status", "Only a submitted record can be reviewed; this one is "
                    + record.status().label().toLowerCase() + (record.reviewedBy() == null ? "."
                    : " (last reviewed by " + record.reviewedBy() + ")."));
            case ASK_CONFIRMATION -> record.confirmation() != null
                    ? new InvalidInputException("status", "This record is confirmed already, by "
                            + record.confirmation().name() + ".")
                    : !record.details().inUs() || record.details().supervisorEmail() == null
                    ? new InvalidInputException("supervisorEmail",
                            "Only a US rotation with its supervisor's e-mail can be confirmed by the supervisor.")
                    : new InvalidInputException("status", "Submit the record first: a draft is still yours to change.");
            case DELETE -> new InvalidInputException("status", "Only a draft can be deleted; this record "
                    + switch (record.status()) {
                        case SUBMITTED -> "is waiting for review: withdraw it first.";
                        case CHANGES_REQUESTED -> "came back from review with changes asked for, which stay on record.";
                        default -> "is verified.";
                    });
            case WITHDRAW -> new InvalidInputException("status", "Only a record waiting for review can be withdrawn; this one "
                    + switch (record.status()) {
                        case DRAFT -> "is a draft, not submitted.";
                        case CHANGES_REQUESTED -> "came back from review with changes asked for.";
                        default -> "is verified.";
                    });
        };
    }
}
