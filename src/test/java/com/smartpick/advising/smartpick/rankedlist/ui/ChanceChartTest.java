package com.smartpick.advising.smartpick.rankedlist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.CurvePoint;
import com.smartpick.advising.smartpick.engine.MarginalValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChanceChartTest {

    static List<CurvePoint> curve(int size) {
        List<CurvePoint> curve = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            curve.add(new CurvePoint(n, 11 * n, 1 - Math.pow(0.9, n)));
        }
        return curve;
    }

    @Test
    void the_curve_is_drawn_to_twice_the_list_size_with_the_list_marked_and_described_for_screen_readers() {
        String svg = ChanceChart.svg(curve(200), 40);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        String points = svg.replaceAll("(?s).*<polyline class=\"curve\" fill=\"none\" points=\"([^\"]*)\".*", "$1");
        assertThat(points.split(" ")).hasSize(1 + 80);
        assertThat(svg).contains("<circle class=\"marker\"").contains("40 → 99%")
                .contains("aria-label=\"Chance of matching by number of applications; 99% with 40 applications.\"");
    }

    @Test
    void no_eligible_program_draws_axes_only() {
        String svg = ChanceChart.svg(List.of(), 0);

        assertThat(svg).contains("No eligible programs").doesNotContain("<polyline").doesNotContain("<circle");
    }

    @Test
    void marginal_value_reads_in_percentage_points_and_says_when_fewer_programs_are_left() {
        assertThat(ResultSummary.marginal("One more application", 1, new MarginalValue(1, 30, 0.0123)))
                .isEqualTo("One more application ($30) adds 1.2 points to the chance of matching.");
        assertThat(ResultSummary.marginal("Ten more applications", 10, new MarginalValue(4, 120, 0.05)))
                .isEqualTo("Ten more applications (only 4 left, $120) add 5.0 points to the chance of matching.");
        assertThat(ResultSummary.marginal("One more application", 1, new MarginalValue(0, 0, 0)))
                .isEqualTo("One more application: no further eligible program to add.");
    }
}
