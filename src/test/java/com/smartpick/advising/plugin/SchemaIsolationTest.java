package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.AdvisingTest;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AdvisingTest
class SchemaIsolationTest {

    @Autowired DSLContext db;
    @Autowired SchemaOwnerLogin schemaOwner;

    @Test
    void the_plugin_migrates_its_own_schema_with_its_own_history_table() {
        var tables = db.meta().getSchemas("advising").getFirst().getTables().stream().map(t -> t.getName()).toList();
        assertThat(tables).contains("advising_schema_history", "person", "cohort", "enrollment", "mentor_assignment",
                "applicant_profile");
        assertThat(db.meta().getSchemas("public").stream().flatMap(s -> s.getTables().stream())
                .map(t -> t.getName())).doesNotContain("advising_schema_history", "person");
        // only the owner reads the history: the app's role has no grant on it
        assertThat(DSL.using(schemaOwner.dataSource(), SQLDialect.POSTGRES)
                .fetchCount(DSL.table(DSL.name("advising", "advising_schema_history")))).isPositive();
    }
}
