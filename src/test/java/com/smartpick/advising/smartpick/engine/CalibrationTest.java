package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shipped figures reproduce NRMP's published outcomes for non-US IMGs (Charting Outcomes 2026) on the
 * calibration population: the ordering of specialties, the match rates, and which of matched and unmatched applicants
 * scored higher on Step 2 CK. {@code mvn -q -B test-compile exec:exec@smartpick-calibration} prints the table.
 */
class CalibrationTest {

    private static final NrmpOutcomes NRMP = NrmpOutcomes.loadDefault();
    private static final CalibrationCheck CHECK = CalibrationCheck.of(Fixtures.WEIGHTS, NRMP);

    @Test
    void the_model_orders_and_matches_the_specialties_as_nrmp_publishes_them() {
        assertThat(CHECK.spearman()).isGreaterThanOrEqualTo(0.9);
        assertThat(CHECK.meanAbsoluteError()).isLessThanOrEqualTo(0.05);
    }

    @Test
    void matched_applicants_score_higher_only_where_nrmp_says_they_do() {
        for (Specialty specialty : Specialty.values()) {
            NrmpOutcomes.Row row = NRMP.of(specialty);
            Calibration.Figures model = CHECK.model(specialty);
            double modelGap = model.step2MedianMatched() - model.step2MedianUnmatched();
            if (row.step2MedianMatched().isPresent() && row.step2MedianUnmatched().isPresent()) {
                double published = row.step2MedianMatched().getAsDouble() - row.step2MedianUnmatched().getAsDouble();
                if (published >= 2) {
                    assertThat(modelGap).as(specialty.nrmpName()).isGreaterThan(1);
                } else {
                    // Family Medicine 230/231, PM&R 240/240, Radiology 250/251: Step 2 CK does not separate them
                    assertThat(Math.abs(modelGap)).as(specialty.nrmpName()).isLessThanOrEqualTo(2);
                }
            }
        }
    }

    @Test
    void matched_applicants_rank_more_programs_than_unmatched_ones_as_at_nrmp() {
        for (Specialty specialty : Specialty.values()) {
            Calibration.Figures model = CHECK.model(specialty);
            assertThat(model.ranksMatched()).as(specialty.nrmpName()).isGreaterThan(model.ranksUnmatched() + 1);
            NRMP.of(specialty).ranksMeanMatched().ifPresent(published ->
                    assertThat(model.ranksMatched()).as(specialty.nrmpName()).isBetween(published * 0.7, published * 1.3));
        }
    }

    @Test
    void the_fit_finds_the_shipped_figures_again() {
        Calibration.Fit fit = new Calibration(NRMP, Fixtures.WEIGHTS.getInt(WeightKey.CALIBRATION_APPLICATIONS))
                .fit(Fixtures.WEIGHTS.get(WeightKey.RANDOM_EFFECT_SD));
        for (Specialty specialty : Specialty.values()) {
            SpecialtyFigures shipped = Fixtures.WEIGHTS.specialty(specialty);
            SpecialtyFigures fitted = fit.figures().get(specialty);
            assertThat(fitted.interviewIntercept()).as(specialty.name()).isCloseTo(shipped.interviewIntercept(),
                    org.assertj.core.api.Assertions.within(0.02));
            assertThat(fitted.matchPerInterview()).as(specialty.name()).isCloseTo(shipped.matchPerInterview(),
                    org.assertj.core.api.Assertions.within(0.005));
        }
    }
}
