package com.smartpick.advising.smartpick.catalog;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
@ResourceLock(AdvisingTest.AUDIT_TRAIL_COUNT)
class CatalogServiceTest {

    @Autowired DSLContext db;
    @Autowired CatalogService catalog;
    @Autowired ProgramCatalog programCatalog;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(new TestData(db).person("Admin", Role.ADMIN));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void the_engine_reads_exactly_the_programs_that_were_imported() {
        List<Program> programs = CatalogFixtures.programs(40);
        CatalogImport result = catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));

        assertThat(result.accepted()).isTrue();
        assertThat(result.added()).isEqualTo(40);
        Set<String> ids = programs.stream().map(Program::id).collect(Collectors.toSet());
        assertThat(programCatalog.programs().stream().filter(p -> ids.contains(p.id())))
                .containsExactlyElementsOf(programs);
    }

    @Test
    void importing_the_same_file_again_touches_nothing() {
        byte[] csv = CatalogFixtures.csv(CatalogFixtures.programs(25));
        catalog.importCsv("catalog.csv", csv);
        long revision = programCatalog.revision();
        List<Integer> versions = versions(csv);

        CatalogImport again = catalog.importCsv("catalog.csv", csv);

        assertThat(again.summary()).isEqualTo("0 added, 0 changed, 25 unchanged");
        assertThat(programCatalog.revision()).isEqualTo(revision);
        assertThat(versions(csv)).isEqualTo(versions);
    }

    @Test
    void a_changed_line_updates_that_program_only_and_moves_the_revision() {
        List<Program> programs = new ArrayList<>(CatalogFixtures.programs(10));
        catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));
        long revision = programCatalog.revision();
        programs.set(3, CatalogFixtures.withPositions(programs.get(3), programs.get(3).positions() + 7));
        programs.add(CatalogFixtures.withId(programs.get(0), programs.get(0).id() + "X"));

        CatalogImport result = catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));

        assertThat(result.summary()).isEqualTo("1 added, 1 changed, 9 unchanged");
        assertThat(programCatalog.revision()).isNotEqualTo(revision);
        assertThat(programCatalog.programs()).contains(programs.get(3), programs.get(10));
        assertThat(db.fetchSingle(PROGRAM, PROGRAM.CODE.eq(programs.get(3).id())).getVersion()).isEqualTo(1);
    }

    @Test
    void a_file_with_one_bad_line_is_refused_whole_and_nothing_is_written_but_the_refusal() {
        List<Program> programs = CatalogFixtures.programs(30);
        String csv = new String(CatalogFixtures.csv(programs), StandardCharsets.UTF_8)
                .replace("," + programs.get(20).state() + ",", ",ZZ,");
        int before = db.fetchCount(PROGRAM);
        long events = db.fetchCount(AUDIT_EVENT);

        CatalogImport result = catalog.importCsv("catalog.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(CsvProblem::where).contains("line 22, state");
        assertThat(db.fetchCount(PROGRAM)).isEqualTo(before);
        // the refusal is kept for the admins' worklist, in a transaction of its own
        assertThat(db.fetchCount(AUDIT_EVENT)).isEqualTo(events + 1);
        assertThat(db.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle().getDetail())
                .isEqualTo("file \"catalog.csv\": " + result.problems().size() + " problems");
    }

    @Test
    void an_import_and_an_edit_are_audited() {
        List<Program> programs = CatalogFixtures.programs(3);
        catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));
        CatalogEntry entry = entry(programs.get(0).id());
        catalog.save(entry.id(), entry.version(), CatalogFixtures.renamed(entry.program(), "Renamed Residency"));

        assertThat(db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("catalog.import"))
                .orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchSingle().getDetail())
                .isEqualTo("\"catalog.csv\": 3 added, 0 changed, 0 unchanged; added: "
                        + programs.stream().map(Program::id).collect(Collectors.joining(" ")));
        var edit = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("catalog.edit"))
                .and(AUDIT_EVENT.SUBJECT_ID.eq(entry.id())).fetchSingle();
        assertThat(edit.getBeforeState()).contains(programs.get(0).name());
        assertThat(edit.getAfterState()).contains("Renamed Residency");
    }

    @Test
    void a_save_over_a_newer_version_is_refused() {
        List<Program> programs = CatalogFixtures.programs(1);
        catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));
        CatalogEntry read = entry(programs.get(0).id());
        catalog.save(read.id(), read.version(), CatalogFixtures.renamed(read.program(), "First editor's name"));

        assertThatThrownBy(() -> catalog.save(read.id(), read.version(), CatalogFixtures.renamed(read.program(), "Second editor's name")))
                .isInstanceOf(StaleDataException.class)
                .hasMessageContaining("changed by someone else");
        assertThatThrownBy(() -> catalog.setActive(read.id(), read.version(), false))
                .isInstanceOf(StaleDataException.class);
        assertThat(catalog.entry(read.id()).program().name()).isEqualTo("First editor's name");
    }

    @Test
    void an_edit_breaking_the_rules_is_refused_field_by_field() {
        List<Program> programs = CatalogFixtures.programs(1);
        catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));
        CatalogEntry read = entry(programs.get(0).id());
        ProgramDraft d = ProgramDraft.of(read.program());
        ProgramDraft bad = new ProgramDraft(d.code(), " ", d.specialty(), d.institution(), d.city(), d.state(),
                d.division(), d.type(), 0, 140, d.sponsorsJ1(), d.sponsorsH1b(), 350, d.yogLimitYears(),
                d.usceRequired(), d.maxAttempts(), d.medianStep2Ck());

        assertThatThrownBy(() -> catalog.save(read.id(), read.version(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "positions", "percent_img", "min_step2_ck"));
    }

    @Test
    void a_deactivated_program_leaves_the_engine_s_catalog_and_comes_back_when_activated() {
        List<Program> programs = CatalogFixtures.programs(2);
        catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));
        CatalogEntry read = entry(programs.get(1).id());

        CatalogEntry inactive = catalog.setActive(read.id(), read.version(), false);
        assertThat(programCatalog.programs()).contains(programs.get(0)).doesNotContain(programs.get(1));

        catalog.setActive(inactive.id(), inactive.version(), true);
        assertThat(programCatalog.programs()).contains(programs.get(1));
    }

    @Test
    void the_browser_filters_by_specialty_state_type_visa_and_text_and_pages_in_order() {
        List<Program> programs = CatalogFixtures.programs(60);
        catalog.importCsv("catalog.csv", CatalogFixtures.csv(programs));
        String prefix = programs.get(0).id().substring(0, 9);
        Program sample = programs.get(17);
        CatalogFilter filter = new CatalogFilter(sample.specialty(), sample.state().toLowerCase(), sample.division(),
                sample.type(), sample.sponsorsJ1() ? VisaNeed.J1 : null, prefix, true);

        List<CatalogEntry> found = catalog.page(filter, new PageRequest(0, 100, List.of()));

        assertThat(found).extracting(CatalogEntry::program).contains(sample).allSatisfy(p -> {
            assertThat(p.specialty()).isEqualTo(sample.specialty());
            assertThat(p.state()).isEqualTo(sample.state());
            assertThat(p.id()).startsWith(prefix);
        });
        assertThat(catalog.count(filter)).isEqualTo(found.size());
        CatalogFilter all = new CatalogFilter(null, null, null, null, null, prefix, null);
        List<CatalogEntry> byPositions = catalog.page(all,
                new PageRequest(10, 20, List.of(new PageRequest.Sort("positions", false))));
        assertThat(byPositions).hasSize(20).extracting(e -> e.program().positions())
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(catalog.count(new CatalogFilter(Specialty.DERMATOLOGY, null, null, null, null, "100%_", null)))
                .isZero();
    }

    private CatalogEntry entry(String code) {
        return catalog.page(new CatalogFilter(null, null, null, null, null, code, null), new PageRequest(0, 1, List.of()))
                .getFirst();
    }

    private List<Integer> versions(byte[] csv) {
        List<String> codes = CatalogCsvReader.read(csv).rows().stream().map(r -> r.program().id()).toList();
        return db.select(PROGRAM.VERSION).from(PROGRAM).where(PROGRAM.CODE.in(codes)).orderBy(PROGRAM.CODE).fetch(r -> r.value1());
    }
}
