package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
        assertThatThrownBy(() -> Weights.load(stream("model.baselineInterviewRate = 0.02\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no source");
    }

    @Test
    void a_missing_or_unknown_weight_is_refused() {
        assertThatThrownBy(() -> Weights.load(stream("model.baselineInterviewRate = 0.02  # estimate\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing weight");
        assertThatThrownBy(() -> Weights.load(stream(defaultFile() + "model.madeUp = 1  # invented\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown weight model.madeUp");
    }

    @Test
    void the_fees_are_the_eras_2026_schedule() {
        FeeSchedule fees = FeeSchedule.from(Fixtures.WEIGHTS);

        // the AAMC's own examples for the 2026 season
        assertThat(fees.costOf(30)).isEqualTo(330);
        assertThat(fees.costOf(43) + fees.costOf(7)).isEqualTo(797);
        assertThat(fees.costOf(32) * 2).isEqualTo(780);
        assertThat(fees.maxApplications(Budget.dollars(329))).isEqualTo(29);
        assertThat(fees.maxApplications(Budget.dollars(720))).isEqualTo(43);
        assertThat(fees.maxApplications(Budget.dollars(749))).isEqualTo(43);
    }

    @Test
    void the_signal_allowances_are_the_published_ones() {
        assertThat(Fixtures.WEIGHTS.specialty(Specialty.INTERNAL_MEDICINE).signals().describe())
                .isEqualTo("3 gold + 12 silver");
        assertThat(Fixtures.WEIGHTS.specialty(Specialty.PSYCHIATRY).signals().describe()).isEqualTo("10 signals");
        assertThat(Fixtures.WEIGHTS.specialty(Specialty.FAMILY_MEDICINE).signals().describe()).isEqualTo("5 signals");
    }

    @Test
    void a_specialty_with_a_lower_img_match_rate_never_gives_a_higher_chance() {
        Applicant applicant = Fixtures.medianImg();
        List<Specialty> specialties = Arrays.asList(Specialty.values());
        List<Program> catalog = specialties.stream()
                .map(s -> Fixtures.inSpecialty(Fixtures.program("x"), s, s.name())).toList();
        SmartPick engine = new SmartPick(Fixtures.WEIGHTS, catalog);

        for (Specialty easier : specialties) {
            for (Specialty harder : specialties) {
                if (rate(easier) > rate(harder)) {
                    assertThat(chance(engine, applicant, easier)).as(easier + " vs " + harder)
                            .isGreaterThan(chance(engine, applicant, harder));
                }
            }
        }
    }

    private static double rate(Specialty specialty) {
        return Fixtures.WEIGHTS.specialty(specialty).nonUsImgMatchRate();
    }

    private static double chance(SmartPick engine, Applicant applicant, Specialty specialty) {
        return engine.rank(applicant, RunOptions.of(specialty, Budget.applications(1), 1)).entries().get(0)
                .probability();
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
