package com.smartpick.advising.security;

import static com.smartpick.advising.security.Role.ADMIN;
import static com.smartpick.advising.security.Role.ADVISOR;
import static com.smartpick.advising.security.Role.MENTOR;
import static com.smartpick.advising.security.Role.STUDENT;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a signed-in person may do, each with the roles that hold it: the one vocabulary of access. A service
 * requires a permission ({@code currentUser.require(Permission.MANAGE_COHORTS)}), which refuses everyone else with
 * Spring's {@code AccessDeniedException}; whose records it reaches is the other half, answered in every query by
 * {@code cohort.StudentAccess}. A role that changes what it may do changes here, and only here.
 */
public enum Permission {

    /**
     * Keep one's own application: the applicant profile, experience records, personal statements, ERAS selection,
     * signals, letter requests and where the letters go; read one's published list and who read one's record.
     */
    KEEP_OWN_APPLICATION("keep an application of their own", STUDENT),
    /** Browse the students one advises or mentors and open their pages. */
    SEE_STUDENTS("see students", ADVISOR, MENTOR, ADMIN),
    /** Create, rename, archive and restore cohorts; enroll, move and withdraw students; assign mentors; import rosters. */
    MANAGE_COHORTS("run cohorts", ADVISOR, ADMIN),
    /** The readiness dashboard over one's cohorts, and its export. */
    SEE_READINESS("see the readiness dashboard", ADVISOR, ADMIN),
    /** Verify a submitted experience record or ask for changes, and see the queue of those waiting. */
    REVIEW_EXPERIENCE("review experience records", ADVISOR, MENTOR, ADMIN),
    /** Write feedback on a student's records, drafts or progress, choosing who may read it. */
    WRITE_FEEDBACK("write feedback", ADVISOR, MENTOR, ADMIN),
    /** Choose a mentee's ERAS experiences with them (the student chooses their own as part of their application). */
    CHOOSE_MENTEES_ERAS("choose a mentee's ERAS experiences", MENTOR),
    /** Follow students' SmartPick lists as they are made: preview runs, read versions and their changes, annotate. */
    ANNOTATE_LISTS("work on students' SmartPick lists", ADVISOR, MENTOR, ADMIN),
    /** Run SmartPick for a student or a cohort, and pin, exclude, include or move a list's entries. */
    RUN_SMARTPICK("run SmartPick and change lists", ADVISOR, ADMIN),
    /** Move a list through its review: submit, approve, publish, send back to draft. */
    APPROVE_LISTS("approve and publish lists", ADVISOR, ADMIN),
    /** Record the signals a student placed, beside the student herself. */
    RECORD_SIGNALS("record a student's signals", ADVISOR, ADMIN),
    /** Write the letters one's mentees ask for: draft, upload, submit or decline. */
    WRITE_LETTERS("write letters", MENTOR),
    /** Follow the letters of one's students (an admin: every letter). */
    OVERSEE_LETTERS("follow students' letters", ADVISOR, ADMIN),
    /** Approve a submitted letter or return it to its mentor: the decision of the student's advisor, not an admin's. */
    APPROVE_LETTERS("approve letters", ADVISOR),
    /** Keep the program catalog SmartPick ranks: browse, edit, import. */
    EDIT_CATALOG("keep the program catalog", ADMIN),
    /** Search and export the audit trail. */
    SEARCH_AUDIT("search the audit trail", ADMIN),
    /** See every e-mail the portal sent or is about to send, and how sending went. */
    SEE_MAIL("see the mail the portal sends", ADMIN);

    private final String doing;
    private final Set<Role> roles;

    Permission(String doing, Role first, Role... more) {
        this.doing = doing;
        this.roles = Set.copyOf(EnumSet.of(first, more));
    }

    /** The roles that hold this permission. */
    public Set<Role> roles() {
        return roles;
    }

    /** The refusal's message, for whoever reads a stack trace: pages say only "not allowed". */
    String refusal() {
        return "Only " + roles.stream().sorted().map(Role::name).toList() + " " + doing + ".";
    }
}
