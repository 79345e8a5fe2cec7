package com.smartpick.advising.plugin;

import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test of one repairing migration: each case gets a database of its own on the shared embedded server, migrated up
 * to the version before the repair, writes what the old code left there, and then migrates to the latest version.
 * The cases sign in as the server's superuser: what they write bypasses the app role's grants, as old code did.
 */
abstract class MigrationCase {

    private static EmbeddedPostgresServers.Lease sharedServer;

    @BeforeAll
    static void useTheSharedServer() {
        sharedServer = EmbeddedPostgresServers.lease("");
    }

    @AfterAll
    static void releaseTheSharedServer() {
        sharedServer.close();
    }

    /** A new database migrated to {@code version}. */
    static DataSource databaseAt(String version) {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        var server = sharedServer.server();
        DSL.using(server.getPostgresDatabase(), SQLDialect.POSTGRES).execute("create database " + name);
        DataSource database = server.getDatabase("postgres", name);
        AdvisingSchemaMigrator.flyway(database).target(version).load().migrate();
        return database;
    }

    static DSLContext sql(DataSource database) {
        return DSL.using(database, SQLDialect.POSTGRES);
    }

    static void migrateToLatest(DataSource database) {
        AdvisingSchemaMigrator.flyway(database).load().migrate();
    }
}
