package com.smartpick.advising.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.RawHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stops under the running app and starts again: readiness goes DOWN (503), liveness stays UP, and readiness
 * is UP again by itself once the server is back. A server of its own (its own data folder), so stopping it leaves the
 * other tests' shared server alone.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.demo.enabled=false")
// closed after the class, which stops its server, so JUnit can remove the data folder
@DirtiesContext
class ReadinessOutageTest {

    @TempDir static Path data;

    @DynamicPropertySource
    static void ownServer(DynamicPropertyRegistry registry) {
        registry.add("advising.embedded-db.data-dir", data::toString);
    }

    @LocalManagementPort int managementPort;
    @Autowired EmbeddedPostgresServers.Lease embeddedPostgres;

    @Test
    void readiness_is_down_while_postgres_is_away_and_up_again_by_itself_when_it_returns() throws IOException {
        assertThat(probe("readiness").status()).isEqualTo(200);
        EmbeddedPostgres server = embeddedPostgres.server();
        int port = server.getPort();

        server.close();
        RawHttp.Response away = probe("readiness");

        assertThat(away.status()).isEqualTo(503);
        assertThat(away.body()).contains("\"status\":\"DOWN\"");
        assertThat(probe("liveness").status()).as("an outage is no reason to restart the app").isEqualTo(200);

        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).setPort(port).start()) {
            assertThat(restarted.getPort()).isEqualTo(port);
            // the probe's connection died with the server: its first look may find it so, and replace it
            int tries = 2;
            boolean ready = false;
            for (int attempt = 0; attempt < tries && !ready; attempt++) {
                ready = probe("readiness").status() == 200;
            }
            assertThat(ready).as("readiness is UP again once PostgreSQL is back").isTrue();
        }
    }

    private RawHttp.Response probe(String group) {
        return RawHttp.send(managementPort, "GET /actuator/health/" + group + " HTTP/1.1\nHost: localhost");
    }
}
