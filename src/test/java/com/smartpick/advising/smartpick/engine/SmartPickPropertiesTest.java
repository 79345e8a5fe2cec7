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
    private static final SmartPick ENGINE = new SmartPick(Fixtures.WEIGHTS, Fixtures.SEASON, CATALOG);
    private static final Budget EVERYTHING = Budget.applications(10_000);
    private static final double ROUNDING = 1e-12;

    @Property(tries = 200)
    void a_higher_step2_score_never_lowers_a_probability(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(min = 200, max = 270) int score,
            @ForAll @IntRange(min = 1, max = 30) int more) {
        Map<String, Double> lower = probabilities(ENGINE.rank(withStep2(applicant, score), options(specialty, EVERYTHING)));
        Map<String, Double> higher =
                probabilities(ENGINE.rank(withStep2(applicant, score + more), options(specialty, EVERYTHING)));

        lower.forEach((id, p) -> {
            if (higher.containsKey(id)) {
                assertThat(higher.get(id)).as(id).isGreaterThanOrEqualTo(p);
            }
        });
    }

    @Property(tries = 200)
    void a_higher_step2_score_never_lowers_the_chance_of_matching(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(min = 200, max = 270) int score,
            @ForAll @IntRange(min = 1, max = 30) int more) {
        List<CurvePoint> lower = ENGINE.rank(withStep2(applicant, score), options(specialty, EVERYTHING)).curve();
        List<CurvePoint> higher = ENGINE.rank(withStep2(applicant, score + more), options(specialty, EVERYTHING)).curve();

        // for every number of applications: a stronger profile's list may stop earlier, never at a lower chance there
        assertThat(higher).hasSizeGreaterThanOrEqualTo(lower.size());
        for (int n = 0; n < lower.size(); n++) {
            assertThat(higher.get(n).chance()).as("%d applications", n + 1)
                    .isGreaterThanOrEqualTo(lower.get(n).chance() - ROUNDING);
        }
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
    void the_budget_is_a_ceiling_and_the_list_says_where_it_stops(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(max = 400) int applications) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, Budget.applications(applications)));
        int n = result.entries().size();

        assertThat(n).isLessThanOrEqualTo(applications).isEqualTo(result.end().applications());
        switch (result.end().reason()) {
            case BUDGET -> assertThat(n).isEqualTo(applications);
            case NO_MORE_PROGRAMS -> assertThat(n).isEqualTo(result.eligibility().eligible());
            case NO_GAIN -> {
                assertThat(n).isLessThan(Math.min(applications, result.eligibility().eligible()));
                assertThat(result.end().nextGain()).isLessThan(result.end().threshold());
                assertThat(result.plusOne().chanceGain()).isEqualTo(result.end().nextGain());
            }
        }
        // every application on the list brought at least the threshold
        for (int i = 1; i < n; i++) {
            assertThat(result.curve().get(i).chance() - result.curve().get(i - 1).chance())
                    .isGreaterThanOrEqualTo(result.end().threshold());
        }
    }

    @Property(tries = 200)
    void the_budget_in_dollars_is_never_exceeded(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(max = 8_000) int dollars) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, Budget.dollars(dollars)));

        assertThat(result.totalCost()).isLessThanOrEqualTo(dollars);
        assertThat(result.entries().stream().mapToInt(RankedEntry::cost).sum()).isEqualTo(result.applicationFees());
    }

    @Property(tries = 50)
    void the_same_input_gives_the_same_list(@ForAll("applicants") Applicant applicant, @ForAll Specialty specialty,
            @ForAll("budgets") Budget budget) {
        SmartPick another = new SmartPick(Weights.loadDefault(), Season.loadDefault(), new ArrayList<>(CATALOG));

        assertThat(another.rank(applicant, options(specialty, budget)))
                .isEqualTo(ENGINE.rank(applicant, options(specialty, budget)));
    }

    @Property(tries = 200)
    void adding_budget_never_lowers_the_chance_of_matching(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(max = 3_000) int dollars,
            @ForAll @IntRange(min = 1, max = 2_000) int more) {
        MatchChance before = ENGINE.rank(applicant, options(specialty, Budget.dollars(dollars))).matchChance();
        MatchChance after = ENGINE.rank(applicant, options(specialty, Budget.dollars(dollars + more))).matchChance();

        assertThat(after.estimate()).isGreaterThanOrEqualTo(before.estimate() - ROUNDING);
        assertThat(after.low()).isGreaterThanOrEqualTo(before.low() - ROUNDING);
        assertThat(after.high()).isGreaterThanOrEqualTo(before.high() - ROUNDING);
    }

    @Property(tries = 200)
    void a_list_with_programs_is_never_certain_either_way(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(min = 1, max = 200) int applications) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, Budget.applications(applications)));

        if (!result.entries().isEmpty()) {
            MatchChance chance = result.matchChance();
            assertThat(chance.low()).isGreaterThan(0).isLessThanOrEqualTo(chance.estimate());
            assertThat(chance.high()).isLessThan(1).isGreaterThanOrEqualTo(chance.estimate());
            assertThat(Format.percent(chance.estimate())).isNotIn("0%", "100%");
            assertThat(Format.percent(chance.low())).isNotIn("0%", "100%");
            assertThat(Format.percent(chance.high())).isNotIn("0%", "100%");
        }
    }

    @Property(tries = 200)
    void each_factor_line_is_what_the_term_adds_to_this_programs_chance(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty) {
        for (RankedEntry entry : ENGINE.rank(applicant, options(specialty, Budget.applications(20))).entries()) {
            assertThat(entry.explanation().factors()).extracting(FactorContribution::factor).contains(Factor.STEP2_CK);
            for (FactorContribution line : entry.explanation().factors()) {
                // a term takes the chance from what it would be without it; it can never take more than all of it
                assertThat(line.points()).isBetween(-1.0, entry.probability());
                assertThat(line.text()).contains(" points").doesNotContain("log-odds").doesNotContain(" x ");
            }
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
        assertThat(advice.chanceWithSuggestions()).isGreaterThanOrEqualTo(result.matchChance().estimate() - 1e-4);
    }

    @Property(tries = 300)
    void the_chance_of_matching_counts_every_outcome_of_the_interviews(
            @ForAll @Size(max = 10) List<@DoubleRange(min = -6, max = 3) Double> logits,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double perInterview) {
        // no spread: the one applicant's chance is 1 - (1 - m)^r summed over every outcome of r interviews
        MatchModel.Portfolio portfolio = new MatchModel(0, 0.1).portfolio(perInterview);
        logits.forEach(portfolio::add);

        double brute = 0;
        int n = logits.size();
        for (int outcome = 0; outcome < 1 << n; outcome++) {
            double chance = 1;
            for (int i = 0; i < n; i++) {
                double p = MatchModel.sigmoid(logits.get(i));
                chance *= (outcome & 1 << i) != 0 ? p : 1 - p;
            }
            brute += chance * (1 - Math.pow(1 - perInterview, Integer.bitCount(outcome)));
        }
        assertThat(portfolio.chance()).isCloseTo(brute, within(1e-9));
    }

    @Property(tries = 200)
    void the_chance_of_matching_is_the_mean_over_the_number_of_interviews(@ForAll("applicants") Applicant applicant,
            @ForAll Specialty specialty, @ForAll @IntRange(min = 1, max = InterviewCounts.OR_MORE - 1) int applications) {
        SmartPickResult result = ENGINE.rank(applicant, options(specialty, Budget.applications(applications)));
        InterviewCounts counts = result.interviews();
        double m = Fixtures.WEIGHTS.specialty(specialty).matchPerInterview();

        assertThat(counts.atLeast(0)).isCloseTo(1, within(1e-9));
        // with fewer applications than the lumped count every number of interviews is exact
        double fromCounts = 0;
        double mean = 0;
        for (int r = 0; r <= InterviewCounts.OR_MORE; r++) {
            fromCounts += counts.exactly(r) * (1 - Math.pow(1 - m, r));
            mean += counts.exactly(r) * r;
        }
        assertThat(fromCounts).isCloseTo(result.matchChance().estimate(), within(1e-9));
        assertThat(mean).isCloseTo(result.expectedInterviews(), within(1e-9));
    }

    @Property(tries = 100)
    void no_other_list_of_the_same_size_has_a_better_chance(@ForAll("applicants") Applicant applicant,
            @ForAll @IntRange(min = 1, max = 9) int size) {
        List<Program> small = CATALOG.stream().filter(p -> p.specialty() == Specialty.INTERNAL_MEDICINE)
                .filter(p -> Eligibility.firstFailure(applicant, p) == null).limit(9).toList();
        SmartPick engine = new SmartPick(Fixtures.WEIGHTS, Fixtures.SEASON, small);
        List<RankedEntry> all = engine.rank(applicant, options(Specialty.INTERNAL_MEDICINE, EVERYTHING)).entries();
        SmartPickResult chosen = engine.rank(applicant, options(Specialty.INTERNAL_MEDICINE, Budget.applications(size)));

        for (int subset = 0; subset < 1 << all.size(); subset++) {
            if (Integer.bitCount(subset) > size) {
                continue;
            }
            List<Double> logits = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    logits.add(all.get(i).logit());
                }
            }
            double other = engine.outlookOf(Specialty.INTERNAL_MEDICINE,
                    logits.stream().mapToDouble(Double::doubleValue).toArray()).matchChance().estimate();
            // a shorter list than the budget is one that stopped where the next application added too little
            assertThat(other).isLessThanOrEqualTo(chosen.matchChance().estimate()
                    + (size - chosen.entries().size()) * chosen.end().threshold() + ROUNDING);
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
        return RunOptions.of(specialty, budget);
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
