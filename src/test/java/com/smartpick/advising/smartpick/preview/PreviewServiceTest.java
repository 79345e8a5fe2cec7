package com.smartpick.advising.smartpick.preview;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.smartpick.catalog.ProgramCatalog;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.Tier;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.support.AdvisingTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@AdvisingTest
@ResourceLock(AdvisingTest.AUDIT_TRAIL_COUNT)
class PreviewServiceTest {

    static final TryProfile MEDIAN_IMG = new TryProfile(Specialty.INTERNAL_MEDICINE, 240, 1, 2021, VisaNeed.J1, 4, 1,
            2, 2, Set.of(CensusDivision.MIDDLE_ATLANTIC), 40);

    @Autowired PreviewService previews;
    @Autowired ProgramCatalog catalog;
    @Autowired DSLContext db;
    @Autowired TransactionTemplate transaction;

    @Test
    void a_median_img_gets_a_list_within_the_budget_of_programs_that_sponsor_the_visa() {
        SmartPickResult result = previews.preview(newClient(), MEDIAN_IMG);

        assertThat(result.entries()).hasSize(40).allSatisfy(e -> {
            assertThat(e.program().specialty()).isEqualTo(Specialty.INTERNAL_MEDICINE);
            assertThat(e.program().sponsorsJ1()).isTrue();
            assertThat(e.explanation().summary()).startsWith("sponsors J-1; your Step 2 CK 240");
        });
        assertThat(result.matchChance().estimate()).isBetween(result.matchChance().low(), result.matchChance().high());
        assertThat(result.entries().getFirst().tier()).isIn((Object[]) Tier.values());
        assertThat(catalog.programs()).extracting(Program::id).contains(result.entries().getFirst().program().id());
    }

    @Test
    void observerships_and_the_budget_reach_the_engine() {
        TryProfile none = new TryProfile(Specialty.INTERNAL_MEDICINE, 240, 1, 2021, VisaNeed.J1, 4, 0, 2, 2, Set.of(), 40);
        TryProfile observed = new TryProfile(Specialty.INTERNAL_MEDICINE, 240, 1, 2021, VisaNeed.J1, 4, 6, 2, 2, Set.of(),
                40);
        TryProfile fewer = new TryProfile(Specialty.INTERNAL_MEDICINE, 240, 1, 2021, VisaNeed.J1, 4, 0, 2, 2, Set.of(),
                15);

        SmartPickResult withoutObserverships = previews.preview(newClient(), none);
        assertThat(previews.preview(newClient(), observed).expectedInterviews())
                .isGreaterThan(withoutObserverships.expectedInterviews());
        assertThat(withoutObserverships.entries()).hasSizeGreaterThan(15);
        assertThat(previews.preview(newClient(), fewer).entries()).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void a_preview_writes_nothing_to_the_database_but_the_rate_limits_count() {
        long events = db.fetchCount(AUDIT_EVENT);
        List<String> written = transaction.execute(status -> {
            // the counts a pooled connection has not yet reported (PostgreSQL does so at most once a second) include
            // its earlier transactions', another test's among them: only what grows during the preview is its own
            Map<String, Long> before = rowsWrittenPerTable();
            previews.preview(newClient(), MEDIAN_IMG);
            Map<String, Long> after = rowsWrittenPerTable();
            return after.keySet().stream().filter(table -> after.get(table) > before.getOrDefault(table, 0L)).toList();
        });
        assertThat(written).containsExactly("preview_allowance");
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events);
    }

    /** Rows inserted, updated or deleted per table by this connection's transactions not yet reported, this one's too. */
    private Map<String, Long> rowsWrittenPerTable() {
        return db.fetch("select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_xact_user_tables "
                + "where schemaname = 'advising'").intoMap(row -> row.get(0, String.class), row -> row.get(1, Long.class));
    }

    @Test
    void every_field_out_of_bounds_gets_its_own_message() {
        TryProfile wild = new TryProfile(null, 301, 7, 1900, null, 61, -1, 11, 101, EnumSet.allOf(CensusDivision.class),
                151);
        assertThatThrownBy(() -> previews.preview(newClient(), wild))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(
                        "specialty", "step2Ck", "attempts", "graduationYear", "visaNeed", "handsOnUsceMonths",
                        "observershipMonths", "usLetters", "researchItems", "preferredDivisions", "applications"));
        TryProfile missing = new TryProfile(Specialty.PEDIATRICS, null, null, null, VisaNeed.NONE, null, null, null,
                null, Set.of(), null);
        assertThat(PreviewService.check(missing, 2026)).containsOnlyKeys("attempts", "graduationYear",
                "handsOnUsceMonths", "observershipMonths", "usLetters", "researchItems", "applications");
        assertThat(PreviewService.check(MEDIAN_IMG, 2026)).isEmpty();
        assertThat(PreviewService.check(new TryProfile(Specialty.PEDIATRICS, null, 6, 2032, VisaNeed.NONE, 60, 60, 10,
                100, Set.of(), 150), 2026)).as("every bound itself is accepted").isEmpty();
    }

    @Test
    void a_client_over_its_limit_is_told_to_wait_and_the_engine_does_not_run() {
        String client = newClient();
        for (int i = 0; i < PreviewRateLimiter.CAPACITY; i++) {
            previews.preview(client, MEDIAN_IMG);
        }
        assertThatThrownBy(() -> previews.preview(client, MEDIAN_IMG))
                .isInstanceOf(TooManyPreviewsException.class)
                .hasMessageMatching("That was a lot of previews in a short time\\. Please wait [1-6] seconds? and try again\\.");
        assertThat(previews.preview(newClient(), MEDIAN_IMG).entries()).isNotEmpty();
    }

    private static String newClient() {
        return "test-" + UUID.randomUUID();
    }
}
