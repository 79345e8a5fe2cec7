package com.smartpick.advising.plugin;

import com.smartpick.advising.standalone.EmbeddedPostgresServers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A server runs while some context uses it: cached test contexts share one, and a development restart (Spring Boot
 * DevTools closes the context, then starts a new one) gets its data folder's server back with its data.
 */
class EmbeddedPostgresServersTest {

    @Test
    void a_server_stops_with_its_last_lease_and_starts_again_on_its_data_folder(@TempDir Path data) {
        EmbeddedPostgresServers.Lease first = EmbeddedPostgresServers.lease(data.toString());
        EmbeddedPostgresServers.Lease second = EmbeddedPostgresServers.lease(data.toString());
        assertThat(second.server()).isSameAs(first.server());
        JdbcClient superuser = superuser(first);
        superuser.sql("create table kept (note text)").update();
        superuser.sql("insert into kept values ('before the restart')").update();

        first.close();
        assertThat(superuser.sql("select count(*) from kept").query(Integer.class).single()).isEqualTo(1);
        second.close();
        assertThatThrownBy(() -> superuser.sql("select 1").query(Integer.class).single())
                .hasRootCauseInstanceOf(ConnectException.class);

        try (EmbeddedPostgresServers.Lease restarted = EmbeddedPostgresServers.lease(data.toString())) {
            assertThat(superuser(restarted).sql("select note from kept").query(String.class).single())
                    .isEqualTo("before the restart");
        }
    }

    private static JdbcClient superuser(EmbeddedPostgresServers.Lease lease) {
        return JdbcClient.create(new DriverManagerDataSource(EmbeddedPostgresServers.jdbcUrl(lease.server()), "postgres", ""));
    }
}
