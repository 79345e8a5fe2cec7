package com.smartpick.advising.smartpick.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two instances of the portal on one database, each with its own cached catalog and compiled engine: an import on one
 * is ranked by the other at its next use, since every use asks the database for the catalog's revision. Instance B is
 * built here from the same parts as the context's beans, with caches of its own. Committed data: the imported change
 * is imported back at the end.
 */
@AdvisingTest
class CatalogAcrossInstancesTest {

    @Autowired DSLContext db;
    @Autowired CatalogService instanceA;
    @Autowired CatalogRepository repository;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_import_on_one_instance_is_ranked_by_the_other_at_its_next_use() {
        DatabaseProgramCatalog catalogOfB = new DatabaseProgramCatalog(repository);
        CompiledEngine engineOfB = new CompiledEngine(catalogOfB);
        CompiledEngine.Built compiledByB = engineOfB.current();
        assertThat(engineOfB.current()).as("cached while nothing changes").isSameAs(compiledByB);
        Program before = catalogOfB.programs().getFirst();
        Program changed = CatalogFixtures.withPositions(before, before.positions() + 3);

        SignIn.as(new TestData(db).person("Catalog admin", Role.ADMIN));
        try {
            assertThat(instanceA.importCsv("catalog.csv", CatalogFixtures.csv(List.of(changed))).summary())
                    .isEqualTo("0 added, 1 changed, 0 unchanged");

            CompiledEngine.Built afterImport = engineOfB.current();
            assertThat(afterImport.revision()).isGreaterThan(compiledByB.revision());
            assertThat(afterImport).isNotSameAs(compiledByB);
            assertThat(catalogOfB.programs()).contains(changed).doesNotContain(before);
        } finally {
            instanceA.importCsv("catalog.csv", CatalogFixtures.csv(List.of(before)));
        }
    }
}
