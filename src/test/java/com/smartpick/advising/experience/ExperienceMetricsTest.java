package com.smartpick.advising.experience;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.Experiences;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperienceMetricsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final ExperienceDetails BASE = Experiences.usRotation("Mercy Hospital");

    static ExperienceDetails rotation(boolean handsOn, String country, LocalDate start, LocalDate end) {
        return Experiences.with(BASE, ExperienceType.CLINICAL_ROTATION, handsOn, country, "US".equals(country) ? "IL" : null,
                "INTERNAL_MEDICINE", Setting.ACADEMIC, start, end, false);
    }

    @Test
    void overlapping_hands_on_periods_are_counted_once() {
        var jan = rotation(true, "US", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        var janToFeb = rotation(true, "US", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 28));
        ExperienceSummary s = ExperienceMetrics.summarize(List.of(jan, janToFeb), List.of(), TODAY);
        assertThat(s.handsOnUsceMonths()).isEqualTo(1.9); // 59 days, not 31 + 45
    }

    @Test
    void hands_on_and_observation_only_are_kept_apart() {
        var handsOn = rotation(true, "US", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        var observing = rotation(false, "US", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30));
        ExperienceSummary s = ExperienceMetrics.summarize(List.of(handsOn, observing), List.of(), TODAY);
        assertThat(s.handsOnUsceMonths()).isEqualTo(1.0);
        assertThat(s.observershipUsceMonths()).isEqualTo(2.0);
    }

    @Test
    void experience_abroad_and_non_clinical_experience_are_not_usce() {
        var abroad = rotation(true, "IN", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30));
        var research = Experiences.with(BASE, ExperienceType.RESEARCH, true, "US", "IL", "INTERNAL_MEDICINE",
                Setting.ACADEMIC, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30), false);
        ExperienceSummary s = ExperienceMetrics.summarize(List.of(abroad, research), List.of(), TODAY);
        assertThat(s.handsOnUsceMonths()).isZero();
        assertThat(s.clinicalRecords()).isEqualTo(1);
    }

    @Test
    void an_ongoing_record_counts_up_to_today_and_adjacent_periods_join() {
        var ongoing = Experiences.with(BASE, ExperienceType.CLINICAL_WORK, true, "US", "IL", "INTERNAL_MEDICINE",
                Setting.COMMUNITY, LocalDate.of(2026, 6, 1), null, true);
        var before = rotation(true, "US", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
        ExperienceSummary s = ExperienceMetrics.summarize(List.of(ongoing, before), List.of(), TODAY);
        assertThat(s.handsOnUsceMonths()).isEqualTo(2.0); // 61 days
    }

    @Test
    void alignment_counts_clinical_records_in_a_preferred_specialty_and_diversity_counts_settings() {
        var im = rotation(true, "US", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
        var psych = Experiences.with(BASE, ExperienceType.OBSERVERSHIP, false, "US", "NY", "PSYCHIATRY",
                Setting.COMMUNITY, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), false);
        ExperienceSummary s = ExperienceMetrics.summarize(List.of(im, psych), List.of("INTERNAL_MEDICINE"), TODAY);
        assertThat(s.alignedRecords()).isEqualTo(1);
        assertThat(s.alignmentPercent()).isEqualTo(50);
        assertThat(s.settings()).containsExactlyInAnyOrder(Setting.ACADEMIC, Setting.COMMUNITY);
    }

    @Test
    void no_records_sum_to_nothing() {
        ExperienceSummary s = ExperienceMetrics.summarize(List.of(), List.of("INTERNAL_MEDICINE"), TODAY);
        assertThat(s.handsOnUsceMonths()).isZero();
        assertThat(s.alignmentPercent()).isZero();
        assertThat(s.settings()).isEmpty();
    }
}
