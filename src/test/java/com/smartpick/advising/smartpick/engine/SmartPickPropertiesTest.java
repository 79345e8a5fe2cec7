package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.smartpick.advising.smartpick.catalog.SyntheticCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SmartPickPropertiesTest {

    private static final List<Program> CATALOG = SyntheticCatalog.generate(7L, 2_000);
    private static final SmartPick ENGINE = new SmartPick(Fixtures.WEIGHTS, CATALOG);
    private static final Budget EVERYTHING = Budget.applications(10_000);
    private static final double ROUNDING = 1e-12;

    @Property(tries = 200)
    void a_higher_step2_score_never_lowers_a_probability(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(min = 200, max = 270) int score,
            @ForAll @IntRange(min = 1, max = 30) int more) {
        Map<String, Double> lower = probabilities(ENGINE.rank(withStep2(applicant, score), options(specialty, EVERYTHING)));
        Map<String, Double> higher =
                probabilities(ENGINE.rank(withStep2(applicant, score + more), options(specialty, EVERYTHING)));

        assertThat(higher.keySet()).containsAll(lower.keySet());
        lower.forEach((id, p) -> assertThat(higher.get(id)).as(id).isGreaterThanOrEqualTo(p));
    }

    @Property(tries = 200)
    void a_higher_step2_score_never_lowers_the_overall_chance(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll("budgets") Budget budget,
            @ForAll @IntRange(min = 200, max = 270) int score, @ForAll @IntRange(min = 1, max = 30) int more) {
        double lower = ENGINE.rank(withStep2(applicant, score), options(specialty, budget)).overallChance();
        double higher = ENGINE.rank(withStep2(applicant, score + more), options(specialty, budget)).overallChance();

        // near certainty two lists' chances can differ in the last bits of a double; that is rounding, not a drop
        assertThat(higher).isGreaterThanOrEqualTo(lower - ROUNDING);
        assertThat(higher).isLessThanOrEqualTo(1);
    }

    @Property(tries = 200)
    void an_ineligible_program_never_appears(@ForAll("applicants") Applicant applicant, @ForAll Specialty specialty,
            @ForAll("budgets") Budget budget) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, budget));

        for (RankedEntry entry : result.entries()) {
            assertThat(Eligibility.firstFailure(applicant, entry.program())).isNull();
            assertThat(entry.program().specialty()).isEqualTo(specialty);
        }
        assertThat(result.eligibility().eligible() + result.eligibility().excludedByReason().values().stream()
                .mapToInt(Integer::intValue).sum()).isEqualTo(result.eligibility().considered());
    }

    @Property(tries = 200)
    void the_budget_in_applications_is_never_exceeded(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(max = 400) int applications) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, Budget.applications(applications)));

        assertThat(result.entries()).hasSizeLessThanOrEqualTo(applications);
        assertThat(result.entries().size()).isEqualTo(Math.min(applications, result.eligibility().eligible()));
    }

    @Property(tries = 200)
    void the_budget_in_dollars_is_never_exceeded(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(max = 8_000) int dollars) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, Budget.dollars(dollars)));

        assertThat(result.totalCost()).isLessThanOrEqualTo(dollars);
        assertThat(result.entries().stream().mapToInt(RankedEntry::cost).sum()).isEqualTo(result.totalCost());
    }

    @Property(tries = 50)
    void the_same_input_gives_the_same_list(@ForAll("applicants") Applicant applicant, @ForAll Specialty specialty,
            @ForAll("budgets") Budget budget) {
        SmartPick another = new SmartPick(Weights.loadDefault(), new ArrayList<>(CATALOG));

        assertThat(another.rank(applicant, options(specialty, budget)))
                .isEqualTo(ENGINE.rank(applicant, options(specialty, budget)));
    }

    @Property(tries = 200)
    void adding_budget_never_lowers_the_overall_chance(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(max = 3_000) int dollars,
            @ForAll @IntRange(min = 1, max = 2_000) int more) {
        double before = ENGINE.rank(applicant, options(specialty, Budget.dollars(dollars))).overallChance();
        double after = ENGINE.rank(applicant, options(specialty, Budget.dollars(dollars + more))).overallChance();

        assertThat(after).isGreaterThanOrEqualTo(before - ROUNDING);
    }

    @Property(tries = 200)
    void the_explanation_terms_add_up_to_the_probability(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty) {
        for (RankedEntry entry : ENGINE.rank(applicant, options(specialty, Budget.applications(20))).entries()) {
            double sum = entry.explanation().factors().stream().mapToDouble(FactorContribution::logit).sum();
            assertThat(sum).isCloseTo(entry.explanation().logit(), within(1e-9));
            assertThat(InterviewModel.sigmoid(sum))
                    .isCloseTo(entry.probability(), within(1e-9));
        }
    }

    @Property(tries = 200)
    void signal_advice_stays_within_the_allowance_and_never_lowers_the_chance(
            @ForAll("applicants") Applicant applicant, @ForAll Specialty specialty,
            @ForAll @IntRange(max = 120) int applications) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, Budget.applications(applications)));
        SignalAdvice advice = result.signalAdvice();

        for (SignalTier tier : SignalTier.values()) {
            assertThat(advice.suggestions().stream().filter(s -> s.tier() == tier).count())
                    .isLessThanOrEqualTo(advice.allowance().allowed(tier));
        }
        assertThat(advice.suggestions()).extracting(s -> s.program().id()).doesNotHaveDuplicates();
        assertThat(advice.chanceWithSuggestions()).isGreaterThanOrEqualTo(result.overallChance() - ROUNDING);
    }

    @Property(tries = 300)
    void the_chance_of_at_least_k_matches_counting_every_outcome(
            @ForAll @Size(max = 10) List<@DoubleRange(min = 0, max = 1) Double> probabilities,
            @ForAll @IntRange(min = 1, max = 5) int k) {
        AtLeastK distribution = new AtLeastK(k);
        probabilities.forEach(distribution::add);

        double brute = 0;
        int n = probabilities.size();
        for (int outcome = 0; outcome < 1 << n; outcome++) {
            double chance = 1;
            for (int i = 0; i < n; i++) {
                chance *= (outcome & 1 << i) != 0 ? probabilities.get(i) : 1 - probabilities.get(i);
            }
            brute += Integer.bitCount(outcome) >= k ? chance : 0;
        }
        assertThat(distribution.chance()).isCloseTo(brute, within(1e-9));
    }

    @Property(tries = 100)
    void no_other_list_of_the_same_size_has_a_better_chance(@ForAll("applicants") Applicant applicant,
            @ForAll @IntRange(min = 1, max = 9) int size, @ForAll @IntRange(min = 1, max = 4) int k) {
        List<Program> small = CATALOG.stream().filter(p -> p.specialty() == Specialty.INTERNAL_MEDICINE)
                .filter(p -> Eligibility.firstFailure(applicant, p) == null).limit(9).toList();
        SmartPick engine = new SmartPick(Fixtures.WEIGHTS, small);
        double[] p = probabilities(engine.rank(applicant, options(Specialty.INTERNAL_MEDICINE, EVERYTHING)))
                .values().stream().mapToDouble(Double::doubleValue).toArray();
        double chosen = engine.rank(applicant,
                new RunOptions(Specialty.INTERNAL_MEDICINE, Budget.applications(size), k, Map.of())).overallChance();

        for (int subset = 0; subset < 1 << p.length; subset++) {
            if (Integer.bitCount(subset) > size) {
                continue;
            }
            AtLeastK other = new AtLeastK(k);
            for (int i = 0; i < p.length; i++) {
                if ((subset & 1 << i) != 0) {
                    other.add(p[i]);
                }
            }
            assertThat(other.chance()).isLessThanOrEqualTo(chosen + ROUNDING);
        }
    }

    @Provide
    Arbitrary<Applicant> applicants() {
        Arbitrary<Integer> score = Arbitraries.integers().between(200, 280).injectNull(0.05);
        Arbitrary<VisaNeed> visa = Arbitraries.of(VisaNeed.class);
        Arbitrary<Integer> usce = Arbitraries.integers().between(0, 14);
        Arbitrary<Integer> graduation = Arbitraries.integers().between(2012, 2027);
        Arbitrary<Integer> attempts = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> letters = Arbitraries.integers().between(0, 5);
        Arbitrary<Set<CensusDivision>> divisions = Arbitraries.of(CensusDivision.class).set().ofMaxSize(3);
        Arbitrary<SettingPreference> setting = Arbitraries.of(SettingPreference.class);
        Arbitrary<Boolean> certified = Arbitraries.of(true, true, true, false);
        return Combinators.combine(score, visa, usce, graduation, attempts, letters, divisions, setting)
                .flatAs((s, v, u, g, a, l, d, set) -> Combinators.combine(certified, divisions,
                                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 8))
                        .as((c, ties, research, observership) -> new Applicant(g, c, true, a, s, 1, c, v,
                                List.of(Specialty.INTERNAL_MEDICINE), d, set, research, u, observership, l, ties,
                                2026)));
    }

    @Provide
    Arbitrary<Budget> budgets() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 300).map(Budget::applications),
                Arbitraries.integers().between(0, 6_000).map(Budget::dollars));
    }

    private static RunOptions options(Specialty specialty, Budget budget) {
        return RunOptions.of(specialty, budget, 8);
    }

    private static Map<String, Double> probabilities(SmartPickResult result) {
        Map<String, Double> byId = new HashMap<>();
        result.entries().forEach(e -> byId.put(e.program().id(), e.probability()));
        return byId;
    }

    private static Applicant withStep2(Applicant a, int score) {
        return new Applicant(a.graduationYear(), a.ecfmgCertified(), a.step1Passed(), a.step1Attempts(), score,
                a.step2CkAttempts(), a.step3Passed(), a.visaNeed(), a.preferredSpecialties(),
                a.preferredDivisions(), a.settingPreference(), a.researchItems(), a.handsOnUsceMonths(),
                a.observershipMonths(), a.usLetters(), a.regionTies(), a.seasonYear());
    }
}
