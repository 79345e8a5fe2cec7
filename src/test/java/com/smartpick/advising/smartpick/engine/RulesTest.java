package com.smartpick.advising.smartpick.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.catalog.SyntheticCatalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules an advisor checks become warnings in plain words; the list says where it stops and why. */
class RulesTest {

    private static final SmartPick ENGINE = SmartPick.withDefaults(SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED));

    private static Applicant applicant(VisaNeed visa, boolean certified, boolean step3, Integer step2, int season) {
        return new Applicant(2023, certified, true, 1, step2, 1, step3, visa, List.of(Specialty.INTERNAL_MEDICINE),
                Set.of(), SettingPreference.ANY, 4, 3, 0, 3, Set.of(), season);
    }

    private static List<String> warnings(Applicant applicant) {
        return ENGINE.rank(applicant, RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.applications(40))).warnings();
    }

    @Test
    void h1b_without_step3_and_j1_without_certification_are_named() {
        assertThat(warnings(applicant(VisaNeed.H1B, true, false, 245, 2026)))
                .singleElement().asString().startsWith("H-1B needs Step 3 passed before programs can rank you");
        assertThat(warnings(applicant(VisaNeed.H1B, true, true, 245, 2026))).isEmpty();
        assertThat(warnings(applicant(VisaNeed.J1, false, false, 245, 2026)))
                .singleElement().asString().contains("needs ECFMG certification");
        assertThat(warnings(applicant(VisaNeed.EITHER, false, false, 245, 2026))).hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("count on J-1 sponsorship"));
        assertThat(warnings(applicant(VisaNeed.NONE, false, false, 245, 2026))).isEmpty();
    }

    @Test
    void a_missing_score_and_an_unconfigured_season_are_named() {
        assertThat(warnings(applicant(VisaNeed.NONE, true, false, null, 2026)))
                .singleElement().asString().startsWith("No Step 2 CK score yet");
        assertThat(warnings(applicant(VisaNeed.NONE, true, false, 245, 2027)))
                .singleElement().asString().contains("the 2028 season's are not configured yet");
    }

    @Test
    void an_applicant_accepting_either_visa_reaches_every_program_sponsoring_one() {
        Program j1Only = Fixtures.withVisa(Fixtures.program("j"), true, false);
        Program h1bOnly = Fixtures.withVisa(Fixtures.program("h"), false, true);
        Program neither = Fixtures.withVisa(Fixtures.program("n"), false, false);
        SmartPick engine = new SmartPick(Fixtures.WEIGHTS, Fixtures.SEASON, List.of(j1Only, h1bOnly, neither));

        SmartPickResult result = engine.rank(applicant(VisaNeed.EITHER, true, true, 245, 2026),
                RunOptions.of(Specialty.INTERNAL_MEDICINE, Budget.applications(3)));

        assertThat(result.entries()).extracting(e -> e.program().id()).containsExactlyInAnyOrder("j", "h");
        assertThat(result.eligibility().excludedByReason()).containsEntry(IneligibilityReason.VISA_SPONSORSHIP, 1);
    }

    @Test
    void a_strong_applicant_with_a_large_budget_stops_where_more_adds_too_little_and_says_so() {
        Applicant strong = new Applicant(2025, true, true, 1, 262, 1, true, VisaNeed.NONE,
                List.of(Specialty.FAMILY_MEDICINE), Set.of(), SettingPreference.ANY, 8, 12, 0, 4, Set.of(), 2026);

        SmartPickResult result = ENGINE.rank(strong, RunOptions.of(Specialty.FAMILY_MEDICINE, Budget.applications(200)));

        assertThat(result.end().reason()).isEqualTo(ListEnd.Reason.NO_GAIN);
        assertThat(result.entries().size()).isLessThan(200).isEqualTo(result.end().applications());
        assertThat(result.end().explain()).startsWith("The list stops at " + result.entries().size() + " applications")
                .contains("left unspent");
        assertThat(result.matchChance().high()).isLessThan(1);
        assertThat(result.entries().get(0).tier()).isEqualTo(Tier.LIKELY);
    }

    @Test
    void emergency_medicine_goes_through_residencycas_with_its_fees_and_the_transcript_once() {
        SmartPickResult result = ENGINE.rank(applicant(VisaNeed.NONE, true, false, 245, 2026),
                RunOptions.of(Specialty.EMERGENCY_MEDICINE, Budget.applications(20)));

        assertThat(result.service()).isEqualTo(ApplicationService.RESIDENCY_CAS);
        int n = result.entries().size();
        assertThat(result.applicationFees()).isEqualTo(n <= 18 ? 99 : 99 + (n - 18) * 18);
        assertThat(result.totalCost()).isEqualTo(result.applicationFees() + 80);
        assertThat(result.seasonNote()).contains("go through ResidencyCAS").contains("$99 for up to 18");
    }
}
