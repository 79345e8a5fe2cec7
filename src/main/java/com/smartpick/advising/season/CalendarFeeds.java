package com.smartpick.advising.season;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's season as an iCalendar feed, for the calendar app she subscribed with her secret link. Calendar apps
 * cannot sign in, so the token is the credential: it opens that one student's milestones and the titles of her tasks
 * and whether they are done, nothing else (no names, no records, no figures). A wrong or revoked token finds nothing.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    /** Below the plugin's API path; the token is the last segment, with the suffix calendar apps expect. */
    public static final String SCOPE = "/season";
    static final String CALENDAR = "/calendar/";
    public static final String PATH = SCOPE + CALENDAR;
    public static final String SUFFIX = ".ics";

    private final SeasonRepository season;
    private final Clock clock;
    private final SeasonCalendar calendar = SeasonCalendar.current();

    CalendarFeeds(SeasonRepository season, Clock clock) {
        this.season = season;
        this.clock = clock;
    }

    /** The feed's path below the API path. */
    public static String path(String token) {
        return PATH + token + SUFFIX;
    }

    /** The feed the token opens, or empty for a token that opens none (never issued, replaced or revoked). */
    public Optional<String> feed(String token) {
        if (token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return season.studentOfFeed(SeasonService.hash(token))
                .map(studentId -> season.tasksOfFeedOwner(studentId, calendar))
                .map(tasks -> write(Seasons.studentSeason(calendar, tasks,
                        tasks.cohortId() == null ? Map.of() : season.adjusted(tasks.cohortId()), true,
                        LocalDate.now(clock))));
    }

    private String write(StudentSeason student) {
        ICalendar ics = new ICalendar(calendar.name(), clock.instant());
        int year = calendar.matchYear();
        for (CohortMilestone m : student.milestones()) {
            boolean estimate = !m.adjusted() && m.byDefault().estimate();
            LocalDate last = m.ends() == null ? m.starts() : m.ends();
            ics.event(year + "-milestone-" + m.milestone().name() + "@season.advising", m.starts(), last,
                    m.milestone().label() + (estimate ? " (estimate)" : ""),
                    m.adjusted() ? "Date set by your advisor (published default " + m.byDefault().starts() + ")."
                            : "Source: " + m.byDefault().source());
        }
        for (Task task : student.tasks()) {
            if (task.due() != null) {
                ics.event(year + "-task-" + task.kind().name() + "@season.advising", task.due(), task.due(),
                        (task.status() == TaskStatus.DONE ? "Done: " : "Due: ") + task.kind().label()
                                + (task.estimate() ? " (estimate)" : ""),
                        "Done when " + task.doneWhen() + ".");
            }
        }
        return ics.end();
    }
}
