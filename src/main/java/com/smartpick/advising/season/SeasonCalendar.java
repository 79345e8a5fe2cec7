package com.smartpick.advising.season;

import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.SourcedValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One season's published calendar and the office's task rules, read from a file in which every line names its
 * source ({@code advising/season/calendar.properties}). A date whose source starts with "estimate" is shown as one.
 */
public final class SeasonCalendar {

    static final String RESOURCE = "advising/season/calendar.properties";

    private final int matchYear;
    private final String name;
    private final Map<Milestone, DefaultDate> dates;
    private final Map<TaskKind, Integer> minimums;
    private final int dueSoonDays;

    private SeasonCalendar(int matchYear, String name, Map<Milestone, DefaultDate> dates,
            Map<TaskKind, Integer> minimums, int dueSoonDays) {
        this.matchYear = matchYear;
        this.name = name;
        this.dates = dates;
        this.minimums = minimums;
        this.dueSoonDays = dueSoonDays;
    }

    /** The current season's calendar, read once. */
    public static SeasonCalendar current() {
        return Current.CALENDAR;
    }

    private static final class Current {
        static final SeasonCalendar CALENDAR = loadDefault();
    }

    static SeasonCalendar loadDefault() {
        try (InputStream in = SourcedValues.resource(RESOURCE)) {
            return read(SourcedValues.read(RESOURCE, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeasonCalendar read(SourcedValues values) {
        Set<String> expected = new HashSet<>(Set.of("season.matchYear", "season.name", "task.dueSoonDays"));
        Map<Milestone, DefaultDate> dates = new EnumMap<>(Milestone.class);
        for (Milestone m : Milestone.values()) {
            String key = "milestone." + m.name();
            String endKey = key + ".ends";
            expected.add(key);
            LocalDate ends = null;
            if (values.sources().containsKey(endKey)) {
                expected.add(endKey);
                ends = LocalDate.parse(values.text(endKey));
            }
            String source = values.sources().get(key);
            dates.put(m, new DefaultDate(m, LocalDate.parse(values.text(key)), ends, source,
                    source.toLowerCase(Locale.ROOT).startsWith("estimate")));
        }
        Map<TaskKind, Integer> minimums = new EnumMap<>(TaskKind.class);
        for (TaskKind kind : TaskKind.values()) {
            String key = "task." + kind.name() + ".minimum";
            if (values.sources().containsKey(key)) {
                expected.add(key);
                minimums.put(kind, Integer.parseInt(values.text(key)));
            }
        }
        values.requireOnly(expected);
        return new SeasonCalendar(Integer.parseInt(values.text("season.matchYear")), values.text("season.name"),
                dates, minimums, Integer.parseInt(values.text("task.dueSoonDays")));
    }

    public int matchYear() {
        return matchYear;
    }

    /** The season's name as NRMP gives it, e.g. "2027 Main Residency Match". */
    public String name() {
        return name;
    }

    /**
     * Whether a cohort's match season (free text on the cohort) is this calendar's: it names this Match's year. A
     * cohort of another season has no defaults here.
     */
    public boolean covers(@Nullable String cohortSeason) {
        return Season.names(cohortSeason, matchYear);
    }

    public DefaultDate of(Milestone milestone) {
        return dates.get(milestone);
    }

    public List<DefaultDate> dates() {
        return List.copyOf(dates.values());
    }

    /** How many of a thing a task needs (verified records, approved letters, signals); 0 for a task that counts none. */
    public int minimum(TaskKind kind) {
        return minimums.getOrDefault(kind, 0);
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }
}
