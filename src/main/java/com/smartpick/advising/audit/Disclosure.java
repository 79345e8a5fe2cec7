package com.smartpick.advising.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a student's record of disclosures (FERPA 34 CFR 99.32): who read which part of their record, in
 * which role, and when.
 */
public record Disclosure(OffsetDateTime at, String who, String roles, String subjectType, @Nullable Long subjectId) {

    /** The part of the record in words, e.g. "Letter of recommendation #12". */
    public String what() {
        String kind = switch (subjectType) {
            case "letter" -> "Letter of recommendation";
            case "experience" -> "Experience record";
            case "profile" -> "Applicant profile";
            case "rankedlist" -> "Ranked program list";
            case "feedback" -> "Feedback";
            default -> subjectType.isEmpty() ? "Record" : Character.toUpperCase(subjectType.charAt(0)) + subjectType.substring(1);
        };
        return subjectId == null ? kind : kind + " #" + subjectId;
    }
}
