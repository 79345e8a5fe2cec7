package com.smartpick.advising.standalone;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data folder per JVM. Tests cache several Spring contexts in one JVM;
 * they all share one throwaway server instead of starting one each. So a context leases the server and it stops when
 * the last lease ends, not when any one context closes (another cached context may still use it), or when the JVM
 * exits. Spring Boot DevTools (-Pdev) closes the context and starts a new one on this class loaded afresh, with an empty
 * map: the server, stopped with the old context, then starts again on its data folder.
 * <p>
 * Each server has the same two roles an external PostgreSQL should have (README, "The two database roles"): the
 * migrations sign in as {@value #OWNER_ROLE}, which owns schema {@code advising}; the app as {@value #APP_ROLE}, which
 * owns nothing and gets only its grants. The server's superuser {@code postgres} only creates them.
 */
public final class EmbeddedPostgresServers {

    public static final String OWNER_ROLE = "advising_owner";
    public static final String APP_ROLE = "advising_app";
    private static final String THROWAWAY = "";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServers.class);
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
    private static final Map<String, Running> SERVERS = new HashMap<>();

    private EmbeddedPostgresServers() {
    }

    /** The server of this data folder (empty: a throwaway one), started if it does not run yet. */
    public static synchronized Lease lease(@Nullable String dataDir) {
        String key = dataDir == null || dataDir.isBlank() ? THROWAWAY : dataDir;
        Running running = SERVERS.computeIfAbsent(key, dir -> new Running(start(dir)));
        running.leases++;
        return new Lease(key, running.server);
    }

    private static synchronized void release(String key) {
        Running running = SERVERS.get(key);
        if (running != null && --running.leases == 0) {
            SERVERS.remove(key);
            closeQuietly(running.server);
        }
    }

    /** A context's use of a server; ending it stops the server if no other context uses it. */
    public record Lease(String key, EmbeddedPostgres server) implements AutoCloseable {

        @Override
        public void close() {
            release(key);
        }
    }

    private static final class Running {

        private final EmbeddedPostgres server;
        private int leases;

        private Running(EmbeddedPostgres server) {
            this.server = server;
        }
    }

    private static EmbeddedPostgres start(String dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (!dataDir.equals(THROWAWAY)) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            // the builder's own shutdown hook stops a server still running when the JVM exits
            EmbeddedPostgres server = builder.start();
            createRoles(server);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
        }
    }

    /** The server's JDBC URL without a user in it, so the DataSource's own user counts. */
    public static String jdbcUrl(EmbeddedPostgres server) {
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
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.toString());
        }
    }
}
