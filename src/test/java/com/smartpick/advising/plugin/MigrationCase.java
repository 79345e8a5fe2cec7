package com.smartpick.advising.plugin;

import com.smartpick.advising.standalone.EmbeddedPostgresServers;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test of what the migrations leave in a database, on the embedded server the test JVM shares, leased for the class.
 * A repairing migration's cases each get a database of their own, migrated up to the version before the repair, write
 * what the old code left there, and then migrate to the latest version. They sign in as the server's superuser: what
 * they write bypasses the app role's grants, as old code did.
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

    static EmbeddedPostgres sharedServer() {
        return sharedServer.server();
    }

    /** A new database migrated to {@code version}. */
    static DataSource databaseAt(String version) {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        var server = sharedServer();
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
