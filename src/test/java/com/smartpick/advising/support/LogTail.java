package com.smartpick.advising.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The end of the log a process the tests started writes (Keycloak, a portal instance, the host portal's build), for
 * the message of a test that failed because of it. Never throws: a missing or unreadable log is said so instead.
 */
public final class LogTail {

    private LogTail() {
    }

    /** The log's last {@code lines} lines. */
    public static String of(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (NoSuchFileException e) {
            return "(no log at " + log + ")";
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
