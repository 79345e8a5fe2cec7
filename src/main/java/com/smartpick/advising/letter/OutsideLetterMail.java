package com.smartpick.advising.letter;

import com.smartpick.advising.base.ui.Dates;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The e-mail that asks a physician outside the portal for a letter, or sends one back: plain text and the link. */
final class OutsideLetterMail {

    private OutsideLetterMail() {
    }

    static String asking(Letter letter, @Nullable String returnedBecause, String link, OffsetDateTime expires) {
        String ask = returnedBecause == null
                ? letter.studentName() + " asks you for a letter of recommendation for " + letter.specialty()
                        + " residency programs:\n"
                : "The letter you wrote for " + letter.studentName() + " was sent back by their advisor:\n\n  "
                        + returnedBecause + "\n\nThe programs it is for:\n";
        return "Dear " + letter.mentorName() + ",\n\n" + ask
                + String.join("", letter.programs().stream().map(p -> "  " + p + "\n").toList()) + "\n"
                + (letter.dueOn() == null ? "" : "They need it by " + Dates.day(letter.dueOn()) + ".\n\n")
                + (letter.waived()
                        ? "The student waived the right to read this letter (FERPA): they will never see it.\n\n"
                        : "The student kept the right to read this letter (FERPA).\n\n")
                + "Upload it as a PDF here (no account needed):\n" + link + "\n\n"
                + "The link works once and until " + Dates.day(expires) + ". If you do not know this student, ignore"
                + " this e-mail.\n\nSmartPick Advising\n";
    }
}
