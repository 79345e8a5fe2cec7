package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.smartpick.advising.smartpick.catalog.SyntheticCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingExamplesTest {

    private static final SmartPick ENGINE = SmartPick.withDefaults(SyntheticCatalog.generate(2026L));

    @Test
    void a_median_img_gets_a_ranked_list_with_tiers_explanations_and_a_curve() {
        SmartPickResult result = ENGINE.rank(Fixtures.medianImg(),
                ENGINE.defaultOptions(Fixtures.medianImg(), Budget.applications(60)));

        assertThat(result.entries()).hasSize(60);
        assertThat(result.end().reason()).isEqualTo(ListEnd.Reason.BUDGET);
        for (int i = 1; i < result.entries().size(); i++) {
            // equal chances up to floating-point rounding tie and keep catalog order
            assertThat(result.entries().get(i).probability())
                    .isLessThanOrEqualTo(result.entries().get(i - 1).probability() + 1e-12);
        }
        assertThat(result.entries().get(0).explanation().summary())
                .startsWith("sponsors J-1; your Step 2 CK 240 vs. ").contains("% IMG residents").endsWith("no signal");
        // the AAMC's 2026 ERAS fees, and the USMLE transcript once
        assertThat(result.applicationFees()).isEqualTo(30 * 11 + 30 * 30);
        assertThat(result.totalCost()).isEqualTo(30 * 11 + 30 * 30 + 80);
        assertThat(result.curve().get(59).chance()).isEqualTo(result.matchChance().estimate());
        assertThat(result.plusOne().chanceGain())
                .isCloseTo(result.curve().get(60).chance() - result.matchChance().estimate(), within(1e-12));
        assertThat(result.plusTen().extraCost()).isEqualTo(300);
        assertThat(result.matchChance().low()).isLessThan(result.matchChance().estimate());
        assertThat(result.matchChance().high()).isGreaterThan(result.matchChance().estimate());
        assertThat(result.seasonNote()).contains("ERAS").contains("2027 Match").contains("$80");
        assertThat(result.signalAdvice().suggestions()).hasSize(15);
    }

    @Test
    void the_tier_follows_the_documented_thresholds() {
        assertThat(Tier.of(0.05, 0.10, 0.20)).isEqualTo(Tier.REACH);
        assertThat(Tier.of(0.10, 0.10, 0.20)).isEqualTo(Tier.TARGET);
        assertThat(Tier.of(0.20, 0.10, 0.20)).isEqualTo(Tier.LIKELY);
    }

    @Test
    void a_placed_signal_raises_the_program_chance_and_uses_the_allowance() {
        SmartPick engine = new SmartPick(Fixtures.WEIGHTS, Fixtures.SEASON, List.of(Fixtures.program("a"), Fixtures.program("b")));
        Applicant applicant = Fixtures.medianImg();
        RunOptions signaled = RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.applications(2))
                .withSignals(Map.of("a", SignalTier.PRIMARY));

        SmartPickResult result = engine.rank(applicant, signaled);

        assertThat(result.entries().get(0).program().id()).isEqualTo("a");
        assertThat(result.entries().get(0).probability()).isGreaterThan(result.entries().get(1).probability());
        assertThat(result.entries().get(0).explanation().summary()).endsWith("gold signal");
        assertThat(result.signalAdvice().primaryPlaced()).isEqualTo(1);
        assertThat(result.signalAdvice().suggestions()).extracting(SignalSuggestion::program)
                .extracting(Program::id).containsExactly("b");
    }

    @Test
    void more_signals_than_the_specialty_allows_are_refused() {
        SmartPick engine = new SmartPick(Fixtures.WEIGHTS, Fixtures.SEASON, List.of(Fixtures.program("a"), Fixtures.program("b"),
                Fixtures.program("c"), Fixtures.program("d")));
        Map<String, SignalTier> fourGold = Map.of("a", SignalTier.PRIMARY, "b", SignalTier.PRIMARY,
                "c", SignalTier.PRIMARY, "d", SignalTier.PRIMARY);

        assertThatThrownBy(() -> engine.rank(Fixtures.medianImg(),
                RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.applications(4)).withSignals(fourGold)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 gold + 12 silver");
    }

    @Test
    void every_factor_names_a_documented_weight() {
        SmartPickResult result = ENGINE.rank(Fixtures.medianImg(),
                RunOptions.of(Specialty.PSYCHIATRY, Budget.applications(5)));

        for (FactorContribution factor : result.entries().get(0).explanation().factors()) {
            for (String key : factor.weightKey().split(", ")) {
                assertThat(Fixtures.WEIGHTS.source(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void a_cohort_run_gives_the_same_results_as_one_run_at_a_time() {
        List<ApplicantRun> runs = List.of(
                new ApplicantRun(Fixtures.medianImg(), RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.dollars(900))),
                new ApplicantRun(Fixtures.applicant(255, VisaNeed.H1B, 3, 2020, 1),
                        RunOptions.of(Specialty.NEUROLOGY, Budget.applications(30))));

        assertThat(ENGINE.rankCohort(runs)).containsExactly(
                ENGINE.rank(runs.get(0).applicant(), runs.get(0).options()),
                ENGINE.rank(runs.get(1).applicant(), runs.get(1).options()));
    }
}
