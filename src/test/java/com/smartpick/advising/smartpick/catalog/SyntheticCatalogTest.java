package com.smartpick.advising.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyntheticCatalogTest {

    private static final List<Program> CATALOG = SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED);

    @Test
    void the_same_seed_gives_the_same_catalog_and_another_seed_a_different_one() {
        assertThat(SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED)).isEqualTo(CATALOG);
        assertThat(SyntheticCatalog.generate(1L)).isNotEqualTo(CATALOG);
    }

    @Test
    void the_catalog_has_about_6600_programs_with_unique_ids_in_every_specialty() {
        assertThat(CATALOG).hasSize(6_600);
        assertThat(CATALOG.stream().map(Program::id).distinct()).hasSize(6_600);
        assertThat(CATALOG.stream().map(Program::specialty).distinct()).hasSize(Specialty.values().length);
    }

    @Test
    void img_heavy_specialties_have_far_more_img_residents_than_dermatology_and_orthopaedics() {
        assertThat(meanImgShare(Specialty.INTERNAL_MEDICINE)).isGreaterThan(30);
        assertThat(meanImgShare(Specialty.PATHOLOGY)).isGreaterThan(25);
        assertThat(meanImgShare(Specialty.DERMATOLOGY)).isLessThan(3);
        assertThat(meanImgShare(Specialty.ORTHOPAEDIC_SURGERY)).isLessThan(3);
    }

    @Test
    void populous_states_host_more_programs() {
        var byState = CATALOG.stream().collect(Collectors.groupingBy(Program::state, Collectors.counting()));
        assertThat(byState.get("CA")).isGreaterThan(byState.get("OR") * 5);
        assertThat(byState.get("TX")).isGreaterThan(byState.get("NM") * 5);
    }

    @Test
    void most_programs_in_img_heavy_specialties_sponsor_j1_and_few_in_orthopaedics_do() {
        assertThat(shareSponsoringJ1(Specialty.INTERNAL_MEDICINE)).isGreaterThan(0.6);
        assertThat(shareSponsoringJ1(Specialty.ORTHOPAEDIC_SURGERY)).isLessThan(0.2);
    }

    @Test
    void the_csv_has_the_documented_header_and_one_line_per_program() throws IOException {
        StringWriter out = new StringWriter();
        CatalogCsv.write(CATALOG, out);
        String[] lines = out.toString().split("\r\n");

        assertThat(lines[0]).isEqualTo(CatalogCsv.HEADER);
        assertThat(lines).hasSize(CATALOG.size() + 1);
        assertThat(lines[1].split(",", -1)).hasSize(CatalogCsv.HEADER.split(",").length);
        assertThat(lines[1]).startsWith(CATALOG.get(0).id() + ",");
    }

    private static double meanImgShare(Specialty specialty) {
        return CATALOG.stream().filter(p -> p.specialty() == specialty)
                .mapToInt(Program::percentImgResidents).average().orElseThrow();
    }

    private static double shareSponsoringJ1(Specialty specialty) {
        return CATALOG.stream().filter(p -> p.specialty() == specialty)
                .mapToDouble(p -> p.sponsorsJ1() ? 1 : 0).average().orElseThrow();
    }
}
