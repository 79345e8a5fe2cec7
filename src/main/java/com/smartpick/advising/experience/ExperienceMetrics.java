package com.smartpick.advising.experience;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Derives a student's figures from their verified records: pure, no database, so the rules are tested on their own.
 * US clinical experience (USCE) is a clinical type (observership, externship, rotation, clinical work) in the US;
 * months are calendar time, with overlapping periods of the same kind counted once and hands-on and observation-only
 * time kept apart (a day may count in both when a student did both).
 */
public final class ExperienceMetrics {

    /** The average month: 365.25 / 12 days. */
    static final double DAYS_PER_MONTH = 30.4375;

    private ExperienceMetrics() {
    }

    /**
     * @param verified the student's current verified records
     * @param preferredSpecialties the engine's Specialty names the student prefers (from the profile)
     * @param today ongoing records count up to today; nothing counts after it
     */
    public static ExperienceSummary summarize(Collection<ExperienceDetails> verified, Collection<String> preferredSpecialties,
            LocalDate today) {
        List<ExperienceDetails> usce = verified.stream().filter(d -> d.type().clinical() && d.inUs()).toList();
        List<ExperienceDetails> clinical = verified.stream().filter(d -> d.type().clinical()).toList();
        Set<Setting> settings = EnumSet.noneOf(Setting.class);
        verified.forEach(d -> settings.add(d.setting()));
        return new ExperienceSummary(
                months(usce, ExperienceDetails::handsOn, today),
                months(usce, d -> !d.handsOn(), today),
                (int) clinical.stream().filter(d -> preferredSpecialties.contains(d.specialty())).count(),
                clinical.size(),
                settings);
    }

    /** Calendar months covered by the chosen records, each day once, rounded to one decimal. */
    static double months(List<ExperienceDetails> records, Predicate<ExperienceDetails> which, LocalDate today) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (ExperienceDetails d : records) {
            if (!which.test(d) || d.startDate().isAfter(today)) {
                continue;
            }
            LocalDate end = d.endDate() == null || d.endDate().isAfter(today) ? today : d.endDate();
            spans.add(new LocalDate[] {d.startDate(), end});
        }
        spans.sort(Comparator.comparing((LocalDate[] s) -> s[0]));
        long days = 0;
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate[] span : spans) {
            if (to != null && !span[0].isAfter(to.plusDays(1))) {
                if (span[1].isAfter(to)) {
                    to = span[1];
                }
                continue;
            }
            if (from != null) {
                days += ChronoUnit.DAYS.between(from, to) + 1;
            }
            from = span[0];
            to = span[1];
        }
        if (from != null) {
            days += ChronoUnit.DAYS.between(from, to) + 1;
        }
        return Math.round(days / DAYS_PER_MONTH * 10) / 10.0;
    }
}
