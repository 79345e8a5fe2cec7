package com.smartpick.advising.letter;

import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.OutsideMail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, reminds the writer of each letter still to be handed in that it falls due soon, and again once it is
 * overdue, once per letter and kind. As the season's task announcements do, the job claims each reminder by inserting
 * its row ({@code letter_reminder}'s key) before it notifies: with two instances running the job at once, the second
 * insert waits for the first transaction, then finds the row and reminds nobody; both go through the letters by id,
 * so neither waits behind a row the other holds (no deadlock). A mentor is reminded in the inbox (and by e-mail as
 * they chose); a physician outside the portal, who has no inbox, by e-mail through the same outbox.
 */
@Service
@Transactional
public class LetterReminders {

    public static final String DUE_SOON = "letter.due_soon";
    public static final String OVERDUE = "letter.overdue";
    /** How many days ahead a due date counts as soon: a week leaves a writer time to write. */
    static final int DUE_SOON_DAYS = 7;

    private final LetterRepository letters;
    private final InboxService inbox;
    private final OutsideMail mail;
    private final Clock clock;

    LetterReminders(LetterRepository letters, InboxService inbox, OutsideMail mail, Clock clock) {
        this.letters = letters;
        this.inbox = inbox;
        this.mail = mail;
        this.clock = clock;
    }

    /** @return how many reminders went out this time */
    @Scheduled(cron = "${advising.letter.remind-cron:0 35 6 * * *}")
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Letter letter : letters.openDueBy(today.plusDays(DUE_SOON_DAYS))) {
            LocalDate due = Objects.requireNonNull(letter.dueOn());
            String kind = due.isBefore(today) ? OVERDUE : DUE_SOON;
            if (letters.markReminded(letter.id(), kind)) {
                String message = message(letter, kind, due);
                if (letter.writerOutside()) {
                    mail.send(Objects.requireNonNull(letter.outsideWriterEmail()), message, "Dear " + letter.mentorName()
                            + ",\n\n" + message + "\n\nUse the link in the e-mail that asked you for it. If the link "
                            + "no longer works, reply to the student.\n\nSmartPick Advising\n");
                } else {
                    inbox.notify(letter.mentorId(), kind, message, LetterService.SUBJECT, letter.id());
                }
                sent++;
            }
        }
        return sent;
    }

    private static String message(Letter letter, String kind, LocalDate due) {
        String letterFor = "letter for " + letter.studentName() + " (" + letter.specialty()
                + (letter.purpose() == null ? "" : ", " + letter.purpose()) + ")";
        return OVERDUE.equals(kind) ? "Overdue: the " + letterFor + " was due " + Dates.day(due) + "."
                : "The " + letterFor + " is due " + Dates.day(due) + ".";
    }
}
