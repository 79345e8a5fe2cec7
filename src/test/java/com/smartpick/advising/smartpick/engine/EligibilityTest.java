package com.smartpick.advising.smartpick.engine;

import static com.smartpick.advising.smartpick.engine.Fixtures.applicant;
import static com.smartpick.advising.smartpick.engine.Fixtures.medianImg;
import static com.smartpick.advising.smartpick.engine.Fixtures.program;
import static com.smartpick.advising.smartpick.engine.Fixtures.withRequirements;
import static com.smartpick.advising.smartpick.engine.Fixtures.withVisa;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    @Test
    void a_program_that_does_not_sponsor_j1_is_out_for_an_applicant_who_needs_j1() {
        assertThat(Eligibility.firstFailure(medianImg(), withVisa(program("a"), false, true)))
                .isEqualTo(IneligibilityReason.VISA_SPONSORSHIP);
    }

    @Test
    void a_program_that_does_not_sponsor_h1b_is_out_for_an_applicant_who_needs_h1b() {
        Applicant h1b = applicant(240, VisaNeed.H1B, 6, 2024, 1);
        assertThat(Eligibility.firstFailure(h1b, withVisa(program("a"), true, false)))
                .isEqualTo(IneligibilityReason.VISA_SPONSORSHIP);
        assertThat(Eligibility.firstFailure(h1b, withVisa(program("a"), false, true))).isNull();
    }

    @Test
    void an_applicant_who_needs_no_visa_is_never_out_for_sponsorship() {
        Applicant citizen = applicant(240, VisaNeed.NONE, 6, 2024, 1);
        assertThat(Eligibility.firstFailure(citizen, withVisa(program("a"), false, false))).isNull();
    }

    @Test
    void graduating_longer_ago_than_the_limit_is_out_and_exactly_at_the_limit_is_in() {
        Program threeYears = withRequirements(program("a"), null, 3, false, null);
        assertThat(Eligibility.firstFailure(applicant(240, VisaNeed.J1, 6, 2022, 1), threeYears))
                .isEqualTo(IneligibilityReason.GRADUATION_YEAR_LIMIT);
        assertThat(Eligibility.firstFailure(applicant(240, VisaNeed.J1, 6, 2023, 1), threeYears)).isNull();
    }

    @Test
    void a_score_below_the_published_minimum_or_no_score_is_out() {
        Program min245 = withRequirements(program("a"), 245, null, false, null);
        assertThat(Eligibility.firstFailure(medianImg(), min245)).isEqualTo(IneligibilityReason.MINIMUM_STEP2_SCORE);
        assertThat(Eligibility.firstFailure(applicant(null, VisaNeed.J1, 6, 2024, 1), min245))
                .isEqualTo(IneligibilityReason.MINIMUM_STEP2_SCORE);
        assertThat(Eligibility.firstFailure(applicant(245, VisaNeed.J1, 6, 2024, 1), min245)).isNull();
    }

    @Test
    void more_attempts_than_the_program_accepts_is_out() {
        Program firstAttemptOnly = withRequirements(program("a"), null, null, false, 1);
        assertThat(Eligibility.firstFailure(applicant(240, VisaNeed.J1, 6, 2024, 2), firstAttemptOnly))
                .isEqualTo(IneligibilityReason.TOO_MANY_ATTEMPTS);
        assertThat(Eligibility.firstFailure(medianImg(), firstAttemptOnly)).isNull();
    }

    @Test
    void a_program_requiring_usce_is_out_for_an_applicant_with_only_observerships() {
        Program usce = withRequirements(program("a"), null, null, true, null);
        assertThat(Eligibility.firstFailure(applicant(240, VisaNeed.J1, 0, 2024, 1), usce))
                .isEqualTo(IneligibilityReason.USCE_REQUIRED);
        assertThat(Eligibility.firstFailure(medianImg(), usce)).isNull();
    }

    @Test
    void every_reason_has_a_plain_message() {
        for (IneligibilityReason reason : IneligibilityReason.values()) {
            assertThat(reason.message()).isNotBlank().doesNotContain("_");
        }
    }

    @Test
    void the_result_counts_each_excluded_program_once_under_its_first_reason() {
        List<Program> catalog = List.of(
                withVisa(program("no-visa"), false, false),
                withRequirements(withVisa(program("visa-and-score"), false, false), 260, null, false, null),
                withRequirements(program("score"), 260, null, false, null),
                withRequirements(program("usce"), null, null, true, null),
                program("fine"));
        SmartPickResult result = new SmartPick(Fixtures.WEIGHTS, Fixtures.SEASON, catalog)
                .rank(applicant(240, VisaNeed.J1, 0, 2024, 1),
                        RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.applications(10)));

        assertThat(result.eligibility().excludedByReason())
                .containsEntry(IneligibilityReason.VISA_SPONSORSHIP, 2)
                .containsEntry(IneligibilityReason.MINIMUM_STEP2_SCORE, 1)
                .containsEntry(IneligibilityReason.USCE_REQUIRED, 1)
                .containsEntry(IneligibilityReason.GRADUATION_YEAR_LIMIT, 0);
        assertThat(result.eligibility().excluded()).isEqualTo(4);
        assertThat(result.entries()).extracting(e -> e.program().id()).containsExactly("fine");
    }
}
