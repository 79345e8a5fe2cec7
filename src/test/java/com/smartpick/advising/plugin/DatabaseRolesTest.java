package com.smartpick.advising.plugin;

import com.smartpick.advising.standalone.EmbeddedPostgresServers;
import static com.smartpick.advising.standalone.EmbeddedPostgresServers.APP_ROLE;
import static com.smartpick.advising.standalone.EmbeddedPostgresServers.OWNER_ROLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/**
 * The two database roles on the real embedded PostgreSQL, without Spring: the migrator as the auto-configuration
 * builds it. The app's own role and what it may do to the audit trail: {@code audit/AuditTrailTamperingTest}.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseRolesTest extends MigrationCase {

    @Test
    void a_data_folder_of_an_earlier_version_passes_to_the_owner_role_and_keeps_its_data(@TempDir Path data)
            throws IOException, SQLException {
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            // what versions before the two roles did: the migrations, and the app after them, as the superuser
            AdvisingSchemaMigrator.flyway(earlier.getPostgresDatabase()).target("10").load().migrate();
            JdbcClient.create(earlier.getPostgresDatabase()).sql("""
                    insert into advising.audit_event (actor_name, actor_roles, action, subject_type, detail)
                    values ('Earlier', 'ADMIN', 'test.earlier', 'test', 'written before the upgrade')""").update();
        }

        try (EmbeddedPostgresServers.Lease upgraded = EmbeddedPostgresServers.lease(data.toString())) {
            String url = EmbeddedPostgresServers.jdbcUrl(upgraded.server());
            DataSource app = new DriverManagerDataSource(url, APP_ROLE, "");
            new AdvisingSchemaMigrator(app, new SchemaOwnerLogin(url, OWNER_ROLE, null), null).afterPropertiesSet();

            assertHandedOverToTheOwner(JdbcClient.create(app));
        }
    }

    private static void assertHandedOverToTheOwner(JdbcClient asApp) {
        assertThat(asApp.sql("""
                select distinct pg_get_userbyid(relowner) from pg_class where relnamespace = 'advising'::regnamespace
                union select pg_get_userbyid(proowner) from pg_proc where pronamespace = 'advising'::regnamespace
                union select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'advising'""")
                .query(String.class).list()).containsExactly(OWNER_ROLE);
        assertThat(asApp.sql("select detail from advising.audit_event where action = 'test.earlier'").query(String.class)
                .single()).isEqualTo("written before the upgrade");
        assertThat(asApp.sql("""
                select has_table_privilege('advising.audit_event', 'INSERT'), has_table_privilege('advising.audit_event', 'UPDATE'),
                       has_table_privilege('advising.advising_schema_history', 'SELECT')""")
                .query((row, n) -> List.of(row.getBoolean(1), row.getBoolean(2), row.getBoolean(3))).single())
                .as("append to the trail, not change it, not read the migrations' history").containsExactly(true, false, false);
    }

    @Test
    void with_one_role_for_migrations_and_app_the_plugin_starts_and_warns_that_the_trail_is_unprotected(CapturedOutput log)
            throws SQLException {
        DataSource ownerAsApp = sharedServerOwner().dataSource();

        new AdvisingSchemaMigrator(ownerAsApp, null, null).afterPropertiesSet();

        assertThat(log).contains("The app's database role '" + OWNER_ROLE + "' can act as the owner of schema advising",
                "spring.flyway.user");
    }

    @Test
    void an_app_role_that_does_not_exist_stops_the_start_saying_so() {
        SchemaOwnerLogin owner = sharedServerOwner();

        assertThatThrownBy(() -> new AdvisingSchemaMigrator(owner.dataSource(), owner, "no_such_role").afterPropertiesSet())
                .isInstanceOf(FlywayException.class).hasMessageContaining("'no_such_role' does not exist");
    }

    @Test
    void the_owner_is_named_by_spring_flyway_properties_with_the_rest_from_the_apps_datasource() {
        SchemaOwnerLogin owner = sharedServerOwner();
        DataSource app = new DriverManagerDataSource(owner.url(), APP_ROLE, "");

        assertThat(SchemaOwnerLogin.fromFlywayProperties(new MockEnvironment(), app)).isEmpty();
        assertThat(SchemaOwnerLogin.fromFlywayProperties(new MockEnvironment()
                .withProperty("spring.flyway.user", "portal_owner").withProperty("spring.flyway.password", "secret"), app))
                .contains(new SchemaOwnerLogin(owner.url(), "portal_owner", "secret"));
        assertThat(SchemaOwnerLogin.fromFlywayProperties(new MockEnvironment()
                .withProperty("spring.flyway.url", "jdbc:postgresql://db.example.org/portal")
                .withProperty("spring.datasource.username", "portal").withProperty("spring.datasource.password", "p"), app))
                .contains(new SchemaOwnerLogin("jdbc:postgresql://db.example.org/portal", "portal", "p"));
    }

    /** The throwaway server every test of this JVM shares, migrated by whichever test came first. */
    private static SchemaOwnerLogin sharedServerOwner() {
        return new SchemaOwnerLogin(EmbeddedPostgresServers.jdbcUrl(sharedServer()), OWNER_ROLE, null);
    }
}
