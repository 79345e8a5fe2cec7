package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void percentages_keep_a_decimal_below_ten_percent_so_a_weight_reads_as_written() {
        assertThat(Format.percent(0.012)).isEqualTo("1.2%");
        assertThat(Format.percent(0.58)).isEqualTo("58%");
        assertThat(Format.percent(0.0)).isEqualTo("0.0%");
    }

    @Test
    void log_odds_terms_show_their_sign_and_two_decimals() {
        assertThat(Format.signed(0.15)).isEqualTo("+0.15");
        assertThat(Format.signed(-1.0)).isEqualTo("-1.00");
        assertThat(Format.signed(-0.001)).isEqualTo("+0.00");
        assertThat(Format.signed(0.905)).isEqualTo("+0.91");
    }
}
