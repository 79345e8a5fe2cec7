package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.standalone.EmbeddedPostgresServers;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.zaxxer.hikari.HikariDataSource;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The plugin added to a host portal: both work side by side, each with its own schema and migrations. The host's
 * migrations sign in as a role of their own ({@code spring.flyway.user}), and so do the plugin's, while the app signs
 * in as a role of its own.
 */
@SpringBootTest(classes = {HostApplication.class, PluginInHostTest.HostDatabase.class}, properties = {
        "spring.flyway.locations=classpath:host/db/migration",
        "spring.flyway.user=" + PluginInHostTest.HOST_MIGRATIONS_ROLE,
        "advising.route-prefix=portal/advising"})
@ViewPackages(packages = "com.example.host")
// closed after the class, which stops its server, so JUnit can remove the data folder
@DirtiesContext
class PluginInHostTest extends SpringBrowserlessTest {

    static final String HOST_MIGRATIONS_ROLE = "postgres";
    @TempDir static Path data;

    /** The host's own database: a server of its own, so the shared one's schema keeps its own owner. */
    @TestConfiguration(proxyBeanMethods = false)
    static class HostDatabase {

        @Bean
        EmbeddedPostgresServers.Lease hostsServer() {
            return EmbeddedPostgresServers.lease(data.toString());
        }

        @Bean
        HikariDataSource dataSource(EmbeddedPostgresServers.Lease hostsServer) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(EmbeddedPostgresServers.jdbcUrl(hostsServer.server()));
            dataSource.setUsername(EmbeddedPostgresServers.APP_ROLE);
            return dataSource;
        }
    }

    @Autowired JdbcClient jdbc;
    @Autowired DSLContext db;
    @Autowired HikariDataSource dataSource;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void host_and_plugin_keep_their_own_migration_histories() {
        JdbcClient migrations = asHostMigrationsRole();
        assertThat(migrations.sql("select count(*) from public.flyway_schema_history where success").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(migrations.sql("select count(*) from advising.advising_schema_history where success").query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from public.announcement").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_plugins_migrations_sign_in_as_the_hosts_flyway_user_and_the_app_as_its_own_role() {
        assertThat(jdbc.sql("select tableowner from pg_tables where schemaname = 'advising' and tablename = 'audit_event'")
                .query(String.class).single()).isEqualTo(HOST_MIGRATIONS_ROLE);
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("advising_app");
        assertThat(jdbc.sql("select has_table_privilege('advising.audit_event', 'UPDATE')").query(Boolean.class).single())
                .isFalse();
    }

    private JdbcClient asHostMigrationsRole() {
        return JdbcClient.create(new DriverManagerDataSource(dataSource.getJdbcUrl(), HOST_MIGRATIONS_ROLE, ""));
    }

    @Test
    void the_host_view_and_the_plugin_views_are_served_side_by_side_under_the_prefix() {
        navigate("host", HostHomeView.class);
        assertThat($(Paragraph.class).withText("Welcome to the host portal").exists()).isTrue();

        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        assertThat(RouteConfiguration.forApplicationScope().getUrl(CohortsView.class)).isEqualTo("portal/advising/cohorts");
        navigate("portal/advising/cohorts", CohortsView.class);
    }
}
