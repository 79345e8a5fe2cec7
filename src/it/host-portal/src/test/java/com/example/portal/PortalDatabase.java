package com.example.portal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The portal's PostgreSQL for its tests, set up as the plugin's README asks of any database: an owner role that runs
 * the migrations (the portal's and the plugin's) and owns schema {@code advising}, and an app role that owns nothing.
 */
final class PortalDatabase {

    private static EmbeddedPostgres server;

    private PortalDatabase() {
    }

    static synchronized String url() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
                try (Connection connection = server.getPostgresDatabase().getConnection();
                        Statement sql = connection.createStatement()) {
                    sql.execute("create role portal_owner login");
                    sql.execute("create role portal_app login");
                    sql.execute("grant create on schema public to portal_owner");
                    sql.execute("create schema advising authorization portal_owner");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return server.getJdbcUrl("postgres", "postgres");
    }
}
