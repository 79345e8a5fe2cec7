package com.smartpick.advising.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.smartpick.advising.tracker.Reliability.Forecast;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReliabilityTest {

    /** Five predictions worked out by hand. */
    static final List<Forecast> FIVE = List.of(new Forecast(0.05, false), new Forecast(0.05, false),
            new Forecast(0.15, true), new Forecast(0.15, false), new Forecast(0.95, true));

    @Test
    void the_brier_score_is_the_mean_squared_difference_between_prediction_and_outcome() {
        Reliability r = Reliability.of(FIVE);

        // (0.05² + 0.05² + 0.85² + 0.15² + 0.05²) / 5 = 0.7525 / 5
        assertThat(r.brier()).isCloseTo(0.1505, within(1e-12));
        assertThat(r.n()).isEqualTo(5);
        assertThat(r.meanPredicted()).isCloseTo(0.27, within(1e-12));
        assertThat(r.observedShare()).isCloseTo(0.4, within(1e-12));
        assertThat(r.baselineBrier()).isCloseTo(0.24, within(1e-12));
    }

    @Test
    void predictions_fall_into_bands_finer_below_ten_percent_with_the_share_that_happened() {
        Reliability r = Reliability.of(FIVE);

        assertThat(r.bands()).extracting(Reliability.Band::label).containsExactly("0–2 %", "2–5 %", "5–10 %",
                "10–20 %", "20–30 %", "30–40 %", "40–50 %", "50–60 %", "60–70 %", "70–80 %", "80–90 %", "90–100 %");
        assertThat(r.bands()).extracting(Reliability.Band::n).containsExactly(0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(r.bands().get(2).observedShare()).isZero();
        assertThat(r.bands().get(3).observedShare()).isEqualTo(0.5);
        assertThat(r.bands().get(3).meanPredicted()).isCloseTo(0.15, within(1e-12));
        assertThat(r.bands().get(11).observedShare()).isEqualTo(1.0);
        assertThat(r.bands().get(0).observedShare()).isNaN();
        // the edges: 0.1 opens the 10–20 % band, 1.0 stays in the last
        assertThat(Reliability.band(0.1)).isEqualTo(3);
        assertThat(Reliability.band(0.0999)).isEqualTo(2);
        assertThat(Reliability.band(0.0)).isZero();
        assertThat(Reliability.band(1.0)).isEqualTo(11);
    }

    @Test
    void each_band_has_its_95_percent_wilson_interval() {
        Reliability r = Reliability.of(FIVE);

        // Wilson's interval for 0 of 2 is [0, 0.658]; for 1 of 2, [0.095, 0.905]; for 1 of 1, [0.207, 1]
        assertThat(r.bands().get(2).wilsonLow()).isZero();
        assertThat(r.bands().get(2).wilsonHigh()).isCloseTo(0.6576, within(1e-3));
        assertThat(r.bands().get(3).wilsonLow()).isCloseTo(0.0945, within(1e-3));
        assertThat(r.bands().get(3).wilsonHigh()).isCloseTo(0.9055, within(1e-3));
        assertThat(r.bands().get(11).wilsonLow()).isCloseTo(0.2065, within(1e-3));
        assertThat(r.bands().get(11).wilsonHigh()).isCloseTo(1.0, within(1e-9));
        assertThat(Reliability.wilson(50, 100)[0]).isCloseTo(0.4038, within(1e-3));
    }

    @Test
    void no_predictions_give_no_score_and_a_small_sample() {
        Reliability r = Reliability.of(List.of());

        assertThat(r.brier()).isNaN();
        assertThat(r.smallSample()).isTrue();
        assertThat(r.bands()).allMatch(b -> b.n() == 0);
    }

    @Test
    void the_chart_draws_a_point_per_band_with_its_count_and_interval() {
        String svg = ReliabilityChart.svg(Reliability.of(FIVE), "chance of an interview");

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg).contains("n=2").contains("n=1").contains("chance of an interview");
        assertThat(svg.split("<circle", -1)).hasSize(4);
    }

    @Test
    void the_charts_axes_end_just_above_the_highest_point() {
        List<Forecast> small = List.of(new Forecast(0.01, false), new Forecast(0.03, true), new Forecast(0.04, false));

        assertThat(ReliabilityChart.top(Reliability.of(small))).isEqualTo(0.5);
        assertThat(ReliabilityChart.top(Reliability.of(List.of(new Forecast(0.03, false), new Forecast(0.01, false)))))
                .isEqualTo(0.05);
        assertThat(ReliabilityChart.top(Reliability.of(FIVE))).isEqualTo(1.0);
    }
}
