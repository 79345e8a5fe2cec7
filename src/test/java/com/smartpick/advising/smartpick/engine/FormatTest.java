package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void percentages_keep_a_decimal_below_ten_percent_and_never_claim_certainty() {
        assertThat(Format.percent(0.012)).isEqualTo("1.2%");
        assertThat(Format.percent(0.58)).isEqualTo("58%");
        assertThat(Format.percent(0.0)).isEqualTo("0%");
        assertThat(Format.percent(0.0004)).isEqualTo("<0.1%");
        assertThat(Format.percent(0.996)).isEqualTo(">99%");
        assertThat(Format.percent(0.994)).isEqualTo("99%");
    }

    @Test
    void changes_read_in_percentage_points_with_their_sign() {
        assertThat(Format.points(0.021)).isEqualTo("+2.1 points");
        assertThat(Format.points(-0.0035)).isEqualTo("-0.35 points");
        assertThat(Format.points(0.00004)).isEqualTo("±0 points");
        assertThat(Format.pointsSize(-0.1)).isEqualTo("10.0 points");
    }

    @Test
    void counts_take_the_plural_only_when_they_should() {
        assertThat(Format.count(1, "application")).isEqualTo("1 application");
        assertThat(Format.count(0, "letter")).isEqualTo("0 letters");
        assertThat(Format.count(11, "month")).isEqualTo("11 months");
    }
}
