package com.smartpick.advising.experience;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.Experiences;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExperienceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final ExperienceDetails VALID = Experiences.usRotation("Mercy Hospital");

    @Test
    void records_look_alike_with_the_same_type_and_institution_over_overlapping_dates_and_only_then() {
        ExperienceDetails january = Experiences.usRotation("Mercy Hospital", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 31));
        assertThat(ExperienceRules.lookAlike(january, Experiences.usRotation(" MERCY  hospital",
                LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 28)))).as("sharing a day, name spelt apart").isTrue();
        assertThat(ExperienceRules.lookAlike(january, Experiences.usRotation("Mercy Hospital",
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)))).as("the next month").isFalse();
        assertThat(ExperienceRules.lookAlike(january, Experiences.usRotation("Lakeside Clinic",
                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 31)))).as("another institution").isFalse();
        assertThat(ExperienceRules.lookAlike(january, Experiences.with(january, ExperienceType.OBSERVERSHIP, false, "US",
                "IL", january.specialty(), january.setting(), january.startDate(), january.endDate(), false)))
                .as("another type").isFalse();
        ExperienceDetails ongoingSince2024 = Experiences.with(january, january.type(), true, "US", "IL",
                january.specialty(), january.setting(), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 7, 1), true);
        assertThat(ExperienceRules.lookAlike(ongoingSince2024, january)).as("ongoing past its planned end").isTrue();
    }

    @Test
    void a_complete_record_passes() {
        assertThat(ExperienceRules.check(VALID, TODAY)).isEmpty();
    }

    @Test
    void the_end_must_not_come_before_the_start() {
        var d = Experiences.with(VALID, VALID.type(), true, "US", "IL", VALID.specialty(), VALID.setting(),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), false);
        assertThat(ExperienceRules.check(d, TODAY)).containsEntry("endDate", "The end date must be on or after the start date.");
    }

    @Test
    void a_finished_record_cannot_end_in_the_future_but_an_ongoing_one_may_name_its_planned_end() {
        var finished = Experiences.with(VALID, VALID.type(), true, "US", "IL", VALID.specialty(), VALID.setting(),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 1), false);
        assertThat(ExperienceRules.check(finished, TODAY).get("endDate")).contains("cannot end in the future");
        var ongoing = Experiences.with(VALID, VALID.type(), true, "US", "IL", VALID.specialty(), VALID.setting(),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 1), true);
        assertThat(ExperienceRules.check(ongoing, TODAY)).isEmpty();
    }

    @Test
    void hours_per_week_stay_between_1_and_80() {
        assertThat(ExperienceRules.check(Experiences.withHours(VALID, 0), TODAY)).containsKey("hoursPerWeek");
        assertThat(ExperienceRules.check(Experiences.withHours(VALID, 81), TODAY))
                .containsEntry("hoursPerWeek", "Hours per week must be between 1 and 80.");
        assertThat(ExperienceRules.check(Experiences.withHours(VALID, 80), TODAY)).isEmpty();
    }

    @Test
    void a_us_experience_needs_a_us_state_and_one_abroad_does_not() {
        var noState = Experiences.with(VALID, VALID.type(), true, "US", null, VALID.specialty(), VALID.setting(),
                VALID.startDate(), VALID.endDate(), false);
        assertThat(ExperienceRules.check(noState, TODAY)).containsKey("state");
        var badState = Experiences.with(VALID, VALID.type(), true, "US", "Punjab", VALID.specialty(), VALID.setting(),
                VALID.startDate(), VALID.endDate(), false);
        assertThat(ExperienceRules.check(badState, TODAY)).containsKey("state");
        var abroad = Experiences.with(VALID, VALID.type(), true, "IN", "Punjab", VALID.specialty(), VALID.setting(),
                VALID.startDate(), VALID.endDate(), false);
        assertThat(ExperienceRules.check(abroad, TODAY)).isEmpty();
    }

    @Test
    void lengths_are_bounded_with_a_message_per_field() {
        String long201 = "x".repeat(201);
        var d = new ExperienceDetails(VALID.type(), true, long201, null, "Chicago", "IL", "US", VALID.setting(),
                VALID.specialty(), VALID.startDate(), VALID.endDate(), false, 40, "", null, "not-an-email",
                "t".repeat(4001), null, VALID.ehrSystems(), VALID.trainings());
        assertThat(ExperienceRules.check(d, TODAY)).containsKeys("institution", "supervisorName", "supervisorEmail", "tasks");
    }
}
