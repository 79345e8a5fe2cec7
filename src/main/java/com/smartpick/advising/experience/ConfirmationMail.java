package com.smartpick.advising.experience;

import com.smartpick.advising.base.ui.Dates;
import java.time.OffsetDateTime;

/** The e-mail that asks a supervising physician to confirm a rotation: plain text, the facts, and the link. */
final class ConfirmationMail {

    private ConfirmationMail() {
    }

    static String asking(String studentName, ExperienceDetails d, String link, OffsetDateTime expires) {
        return "Dear " + (d.supervisorName().isBlank() ? "Doctor" : d.supervisorName()) + ",\n\n"
                + studentName + " lists you as the supervising physician of this rotation and asks you to confirm it:\n\n"
                + "  " + d.type().label() + " at " + d.institution() + ", " + d.city()
                + (d.state() == null ? "" : ", " + d.state()) + "\n"
                + "  " + Dates.day(d.startDate()) + " to " + (d.ongoing() || d.endDate() == null ? "now" : Dates.day(d.endDate()))
                + ", " + d.hoursPerWeek() + " hours a week, " + (d.handsOn() ? "hands-on" : "observership") + "\n\n"
                + "Confirm it, or tell the student what is not right, here (no account needed):\n" + link + "\n\n"
                + "The link works once and until " + Dates.day(expires) + ". If you do not know this student, ignore this"
                + " e-mail.\n\nSmartPick Advising\n";
    }
}
