package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsTest {

    @Test
    void the_weights_file_documents_a_source_for_every_key() throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(Weights.RESOURCE)) {
            assertThat(in).as(Weights.RESOURCE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int hash = trimmed.indexOf('#');
                if (hash < 0 || trimmed.substring(hash + 1).strip().length() < 8) {
                    undocumented.add(trimmed);
                }
            }
        }
        assertThat(undocumented).isEmpty();
        Weights weights = Weights.loadDefault();
        assertThat(weights.sources()).allSatisfy((key, source) -> assertThat(source).as(key).isNotBlank());
        for (WeightKey key : WeightKey.values()) {
            assertThat(weights.source(key.key())).isNotBlank();
        }
    }

    @Test
    void a_weight_without_a_source_is_refused() {
        assertThatThrownBy(() -> Weights.load(stream("model.usceLogitPerMonth = 0.02\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no source");
    }

    @Test
    void a_missing_or_unknown_weight_is_refused() {
        assertThatThrownBy(() -> Weights.load(stream("model.usceLogitPerMonth = 0.02  # estimate\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> Weights.load(stream(defaultFile() + "model.madeUp = 1  # invented\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown key model.madeUp");
    }

    @Test
    void every_specialty_is_fitted_to_nrmp_and_estimates_say_so() {
        for (Specialty specialty : Specialty.values()) {
            for (String figure : List.of(SpecialtyFigures.INTERVIEW_INTERCEPT, SpecialtyFigures.STEP2_PER_TEN_POINTS,
                    SpecialtyFigures.MATCH_PER_INTERVIEW)) {
                assertThat(Fixtures.WEIGHTS.source(SpecialtyFigures.key(specialty, figure))).startsWith("fitted to NRMP");
            }
        }
        for (WeightKey key : List.of(WeightKey.USCE_LOGIT_PER_MONTH, WeightKey.US_LETTER_LOGIT,
                WeightKey.YOG_LOGIT_PER_YEAR, WeightKey.SIGNAL_PRIMARY_LOGIT, WeightKey.EXTRA_ATTEMPT_LOGIT)) {
            assertThat(Fixtures.WEIGHTS.source(key.key())).as(key.key()).startsWith("estimate");
        }
    }

    @Test
    void eras_fees_are_the_aamc_schedule_and_the_transcript_is_charged_once() {
        FeeSchedule eras = Fixtures.SEASON.feesOf(Specialty.INTERNAL_MEDICINE);

        // the AAMC's own examples for the 2026 season
        assertThat(eras.costOf(30)).isEqualTo(330);
        assertThat(eras.costOf(43) + eras.costOf(7)).isEqualTo(797);
        assertThat(eras.costOf(32) * 2).isEqualTo(780);
        assertThat(eras.maxApplications(329, 0)).isEqualTo(29);
        assertThat(eras.maxApplications(720, 0)).isEqualTo(43);
        assertThat(eras.maxApplications(749 + 80, 80)).isEqualTo(43);
        assertThat(Fixtures.SEASON.transcriptFeeOf(Specialty.INTERNAL_MEDICINE)).isEqualTo(80);
    }

    @Test
    void emergency_medicine_and_ob_gyn_apply_through_residencycas_at_its_prices() {
        for (Specialty specialty : List.of(Specialty.EMERGENCY_MEDICINE, Specialty.OBSTETRICS_GYNECOLOGY)) {
            assertThat(Fixtures.SEASON.serviceOf(specialty)).isEqualTo(ApplicationService.RESIDENCY_CAS);
        }
        FeeSchedule cas = Fixtures.SEASON.feesOf(Specialty.EMERGENCY_MEDICINE);
        // SAEM's example: the average EM applicant's 46 programs
        assertThat(cas.costOf(1)).isEqualTo(99);
        assertThat(cas.costOf(18)).isEqualTo(99);
        assertThat(cas.costOf(46)).isEqualTo(99 + 12 * 18 + 16 * 23);
        assertThat(cas.feeOf(19)).isEqualTo(18);
        assertThat(Fixtures.SEASON.serviceOf(Specialty.INTERNAL_MEDICINE)).isEqualTo(ApplicationService.ERAS);
    }

    @Test
    void a_season_runs_from_june_to_the_match() {
        assertThat(Season.matchYearOn(LocalDate.of(2026, 12, 5))).isEqualTo(2027);
        assertThat(Season.matchYearOn(LocalDate.of(2027, 3, 1))).isEqualTo(2027);
        assertThat(Season.matchYearOn(LocalDate.of(2027, 6, 1))).isEqualTo(2028);
        assertThat(Season.applicationYearOn(LocalDate.of(2027, 1, 15))).isEqualTo(2026);
        assertThat(Fixtures.SEASON.matchYear()).isEqualTo(2027);
    }

    @Test
    void the_signal_allowances_belong_to_the_season() {
        assertThat(Fixtures.SEASON.signalsOf(Specialty.INTERNAL_MEDICINE).describe()).isEqualTo("3 gold + 12 silver");
        assertThat(Fixtures.SEASON.signalsOf(Specialty.PSYCHIATRY).describe()).isEqualTo("10 signals");
        assertThat(Fixtures.SEASON.signalsOf(Specialty.FAMILY_MEDICINE).describe()).isEqualTo("5 signals");
        assertThat(new SignalAllowance(1, 0).describe()).isEqualTo("1 signal");
        assertThat(Fixtures.SEASON.sources()).allSatisfy((key, source) -> assertThat(source).as(key).hasSizeGreaterThan(8));
    }

    @Test
    void a_season_file_with_an_unknown_key_or_service_is_refused() throws IOException {
        String season;
        try (InputStream in = WeightsTest.class.getClassLoader().getResourceAsStream(Season.RESOURCE)) {
            season = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThatThrownBy(() -> Season.load(stream(season + "eras.madeUp = 1  # invented\n")))
                .hasMessageContaining("unknown key eras.madeUp");
        assertThatThrownBy(() -> Season.load(stream(season.replace("INTERNAL_MEDICINE.service = ERAS",
                "INTERNAL_MEDICINE.service = AMCAS")))).hasMessageContaining("must be one of");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String defaultFile() throws IOException {
        try (InputStream in = WeightsTest.class.getClassLoader().getResourceAsStream(Weights.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
