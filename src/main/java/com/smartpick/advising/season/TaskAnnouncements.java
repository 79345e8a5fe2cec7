package com.smartpick.advising.season;

import com.smartpick.advising.inbox.InboxService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a day, tells each student in her inbox of a task that fell due soon or late, once per task and kind. What was
 * announced is inserted once ({@code season_announcement}'s key); with two instances running the job at once, the
 * second insert waits for the first transaction and then finds the row, so it announces nothing. Both go through the
 * students and tasks in the same order, so neither waits for a row the other is waiting behind (no deadlock).
 */
@Service
@Transactional
public class TaskAnnouncements {

    public static final String DUE_SOON = "task.due_soon";
    public static final String LATE = "task.late";
    static final String SUBJECT = "task";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final SeasonRepository season;
    private final InboxService inbox;
    private final Clock clock;
    private final SeasonCalendar calendar = SeasonCalendar.current();

    TaskAnnouncements(SeasonRepository season, InboxService inbox, Clock clock) {
        this.season = season;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** @return how many announcements went out this time */
    @Scheduled(cron = "${advising.season.announce-cron:0 30 6 * * *}")
    public int announce() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (SeasonRepository.StudentTasks student : season.everyCurrentStudentsTasks(calendar)) {
            for (TaskKind task : TaskKind.values()) {
                LocalDate due = student.due().get(task);
                TaskStatus status = Task.statusOn(today, due, student.done().get(task), calendar.dueSoonDays());
                String kind = status == TaskStatus.LATE ? LATE : status == TaskStatus.DUE_SOON ? DUE_SOON : null;
                if (kind != null && due != null
                        && season.markAnnounced(student.studentId(), calendar.matchYear(), task, kind)) {
                    inbox.notify(student.studentId(), kind, message(task, status, due), SUBJECT, (long) task.number());
                    sent++;
                }
            }
        }
        return sent;
    }

    private String message(TaskKind task, TaskStatus status, LocalDate due) {
        return (status == TaskStatus.LATE ? "Late: " + task.label() + " was due " : task.label() + " is due ")
                + DAY.format(due) + ". Done when " + task.doneWhen(calendar) + ".";
    }
}
