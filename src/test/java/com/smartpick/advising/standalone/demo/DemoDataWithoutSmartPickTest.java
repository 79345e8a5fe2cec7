package com.smartpick.advising.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A fresh installation first started with SmartPick switched off: the whole demo but its catalog and lists. */
@SpringBootTest(classes = StandaloneApplication.class, properties = "advising.features.smartpick.enabled=false")
// closed after the class, which stops its server, so JUnit can remove the data folder
@DirtiesContext
class DemoDataWithoutSmartPickTest {

    @TempDir static Path data;

    @DynamicPropertySource
    static void freshInstallation(DynamicPropertyRegistry registry) {
        registry.add("advising.embedded-db.data-dir", data::toString);
    }

    @Autowired DSLContext db;

    @Test
    void a_fresh_installation_holds_the_demo_without_catalog_or_lists() {
        assertThat(DemoDataTest.counts(db)).containsExactlyInAnyOrderEntriesOf(DemoDataTest.WITHOUT_SMARTPICK);
    }
}
