package com.smartpick.advising.audit;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a student's record of disclosures (FERPA 34 CFR 99.32): who read which part of their record, in
 * which role, and when. Reads of the same thing by the same person within one hour are one entry.
 *
 * @param at the latest of those reads
 * @param detail what the reading feature recorded the thing as, e.g. "SmartPick list of 12 Jan 2026"; null when it
 *     recorded nothing more than its kind
 * @param times how many reads the entry stands for
 */
public record Disclosure(OffsetDateTime at, String who, String roles, String subjectType, @Nullable Long subjectId,
        @Nullable String detail, int times) {

    /** The part of the record in words, e.g. "A letter of recommendation", never a table's name or a row's number. */
    public String what() {
        if (detail != null) {
            return detail;
        }
        return switch (subjectType) {
            case "letter" -> "A letter of recommendation";
            case "experience" -> "An experience record";
            case "experience_attachment" -> "A certificate of an experience record";
            case "profile" -> "Your applicant profile";
            case "rankedlist" -> "A SmartPick list";
            case "eras" -> "Your ERAS experience entries";
            case "statement" -> "A personal statement draft";
            case "tracker" -> "Your application tracker";
            case "feedback" -> "Feedback";
            default -> "Part of your record";
        };
    }

    /** "Once", "3 times": how often, for the entry's column. */
    public String timesInWords() {
        return times == 1 ? "Once" : times + " times";
    }
}
