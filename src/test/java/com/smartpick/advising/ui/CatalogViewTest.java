package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.smartpick.catalog.CatalogEntry;
import com.smartpick.advising.smartpick.catalog.CatalogFilter;
import com.smartpick.advising.smartpick.catalog.CatalogFixtures;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.smartpick.catalog.ui.CatalogView;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SuppressWarnings("unchecked")
class CatalogViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired CatalogService catalog;
    List<Program> programs;

    @BeforeEach
    void anAdminWithAFewProgramsOfTheirOwn() {
        SignIn.as(new TestData(db).person("Admin", Role.ADMIN));
        programs = CatalogFixtures.programs(12);
        catalog.importCsv("fixture.csv", CatalogFixtures.csv(programs));
        navigate("advising/catalog", CatalogView.class);
    }

    @Test
    void the_admin_finds_programs_by_text_and_renames_one_in_the_form() {
        test($(TextField.class).withId("catalog-search").single()).setValue(prefix());
        Grid<CatalogEntry> grid = $(Grid.class).withId("catalog-grid").single();
        assertThat(test(grid).size()).isEqualTo(12);
        assertThat(test(grid).getRow(0).program()).isEqualTo(programs.get(0));

        test(grid).clickRow(0);
        test($(TextField.class).withId("program-name").single()).setValue("Renamed Internal Medicine Residency");
        test($(Button.class).withId("program-save").single()).click();

        assertThat($(TextField.class).withId("program-name").exists()).isFalse();
        assertThat(test(grid).getRow(0).program().name()).isEqualTo("Renamed Internal Medicine Residency");
    }

    @Test
    void a_bad_value_is_shown_beside_its_field_and_the_form_stays_open() {
        openFirst();
        test($(IntegerField.class).withId("program-positions").single()).setValue(0);
        test($(Button.class).withId("program-save").single()).click();

        IntegerField positions = $(IntegerField.class).withId("program-positions").single();
        assertThat(positions.isInvalid()).isTrue();
        assertThat(positions.getErrorMessage()).isEqualTo("Give the number of positions between 1 and 500.");
    }

    @Test
    void a_save_over_someone_else_s_newer_save_is_refused_with_a_message() {
        openFirst();
        CatalogEntry read = entry(programs.get(0));
        catalog.save(read.id(), read.version(), CatalogFixtures.renamed(read.program(), "Their name"));

        test($(TextField.class).withId("program-name").single()).setValue("My name");
        test($(Button.class).withId("program-save").single()).click();

        assertThat(test($(Notification.class).last()).getText()).contains("was changed by someone else");
        assertThat(catalog.entry(read.id()).program().name()).isEqualTo("Their name");
    }

    @Test
    void an_upload_with_errors_lists_every_problem_and_changes_nothing() {
        String csv = new String(CatalogFixtures.csv(programs), StandardCharsets.UTF_8)
                .replace("," + programs.get(4).percentImgResidents() + ",", ",lots,");
        test($(Upload.class).withId("catalog-import").single())
                .upload("catalog.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        Grid<CsvProblem> problems = $(Grid.class).withId("import-problems").single();
        assertThat(test(problems).size()).isPositive();
        assertThat(test(problems).getRow(0).where()).startsWith("line 6");
        assertThat(entry(programs.get(4)).program()).isEqualTo(programs.get(4));
    }

    @Test
    void a_good_upload_is_imported_and_reported() {
        List<Program> more = CatalogFixtures.programs(3);
        test($(Upload.class).withId("catalog-import").single()).upload("more.csv", "text/csv", CatalogFixtures.csv(more));

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Catalog imported: 3 added, 0 changed, 0 unchanged.");
    }

    private void openFirst() {
        test($(TextField.class).withId("catalog-search").single()).setValue(prefix());
        test((Grid<CatalogEntry>) $(Grid.class).withId("catalog-grid").single()).clickRow(0);
    }

    private CatalogEntry entry(Program program) {
        return catalog.page(new CatalogFilter(null, null, null, null, null, program.id(), null),
                new PageRequest(0, 1, List.of())).getFirst();
    }

    private String prefix() {
        return programs.get(0).id().substring(0, 9);
    }
}
