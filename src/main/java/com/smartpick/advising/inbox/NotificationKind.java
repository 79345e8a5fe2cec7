package com.smartpick.advising.inbox;

import static com.smartpick.advising.security.Role.ADMIN;
import static com.smartpick.advising.security.Role.ADVISOR;
import static com.smartpick.advising.security.Role.MENTOR;
import static com.smartpick.advising.security.Role.STUDENT;

import com.smartpick.advising.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of notification the workflow sends, by the code callers pass to {@link InboxService#notify}: its label on
 * screen and in e-mails, the roles it concerns (whose settings page offers it) and the delivery a person gets until
 * they choose. Urgent or personal news goes out at once; what staff receive many of a day comes as a digest.
 */
public enum NotificationKind {
    EXPERIENCE_SUBMITTED("experience.submitted", "A record was submitted for review", Delivery.DIGEST, ADVISOR, MENTOR),
    EXPERIENCE_VERIFIED("experience.verified", "Your record was verified", Delivery.IMMEDIATE, STUDENT),
    EXPERIENCE_CHANGES_REQUESTED("experience.changes_requested", "Changes were requested on your record",
            Delivery.IMMEDIATE, STUDENT),
    EXPERIENCE_CONFIRMED("experience.confirmed", "A supervisor confirmed your record", Delivery.IMMEDIATE, STUDENT),
    EXPERIENCE_CONFIRMATION_DECLINED("experience.confirmation_declined", "A supervisor could not confirm your record",
            Delivery.IMMEDIATE, STUDENT),
    FEEDBACK("feedback", "Feedback for you", Delivery.IMMEDIATE, STUDENT),
    STATEMENT_SHARED("statement.shared", "A personal statement was shared with you", Delivery.DIGEST, ADVISOR, MENTOR),
    LETTER_REQUESTED("letter.requested", "A letter was requested of you", Delivery.IMMEDIATE, MENTOR),
    LETTER_SUBMITTED("letter.submitted", "A letter was submitted for approval", Delivery.IMMEDIATE, ADVISOR),
    LETTER_APPROVED("letter.approved", "A letter was approved", Delivery.IMMEDIATE, MENTOR, STUDENT),
    LETTER_RETURNED("letter.returned", "A letter was returned", Delivery.IMMEDIATE, MENTOR, STUDENT),
    LETTER_DUE_SOON("letter.due_soon", "A letter you were asked for is due soon", Delivery.IMMEDIATE, MENTOR),
    LETTER_OVERDUE("letter.overdue", "A letter you were asked for is overdue", Delivery.IMMEDIATE, MENTOR),
    LIST_SUBMITTED("list.submitted", "A SmartPick list was submitted for review", Delivery.IMMEDIATE, ADVISOR, MENTOR),
    LIST_ANNOTATED("list.annotated", "A SmartPick list was annotated", Delivery.DIGEST, ADVISOR, MENTOR),
    LIST_APPROVED("list.approved", "A SmartPick list was approved", Delivery.DIGEST, ADVISOR, MENTOR),
    LIST_PUBLISHED("list.published", "A SmartPick list was published", Delivery.IMMEDIATE, STUDENT, ADVISOR, MENTOR),
    TASK_DUE_SOON("task.due_soon", "A task is due soon", Delivery.DIGEST, STUDENT, ADVISOR, MENTOR, ADMIN),
    TASK_LATE("task.late", "A task is late", Delivery.IMMEDIATE, STUDENT, ADVISOR, MENTOR, ADMIN);

    private static final Map<String, NotificationKind> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(NotificationKind::code, Function.identity()));

    private final String code;
    private final String label;
    private final Delivery byDefault;
    private final Set<Role> concerns;

    NotificationKind(String code, String label, Delivery byDefault, Role first, Role... more) {
        this.code = code;
        this.label = label;
        this.byDefault = byDefault;
        this.concerns = Set.copyOf(EnumSet.of(first, more));
    }

    /**
     * The kind of this code. An unknown code is a caller's mistake that would otherwise reach nobody's settings and no
     * unsubscribe link, so it fails at once, in the caller's transaction.
     */
    public static NotificationKind of(String code) {
        NotificationKind kind = BY_CODE.get(code);
        if (kind == null) {
            throw new IllegalArgumentException("No notification kind \"" + code + "\"; the kinds are " + BY_CODE.keySet());
        }
        return kind;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /** Whether someone with these roles may receive this kind: what their settings page lists. */
    public boolean concernsAnyOf(Set<Role> roles) {
        return roles.stream().anyMatch(concerns::contains);
    }
}
