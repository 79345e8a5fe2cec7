package com.smartpick.advising.support;

import static org.assertj.core.api.Assertions.fail;

import com.smartpick.advising.standalone.EmbeddedPostgresServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The production jar (the standalone launcher) in a JVM of its own, on the JDK the tests run on, against an external
 * PostgreSQL the way an operator runs it (README, "Configuration"): the app signs in as its own role, the migrations as
 * the schema's owner. What it writes goes to {@code <name>.log} in the given folder. Closing it stops it if it runs.
 */
public final class PortalInstance implements AutoCloseable {

    /** Two JVMs starting together on a shared 2-core build machine have taken over a minute. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    public final String name;
    public final int port;
    private final Process process;
    private final Path log;

    private PortalInstance(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts it and returns at once; {@link #awaitReady} waits for its first answer. Any further arguments go on the
     * jar's command line after the instance's own, as an operator would add them.
     */
    public static PortalInstance start(String name, Path jar, int postgresPort, Path folder, String... arguments) {
        int port = freePort();
        Path log = folder.resolve(name + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the tests' own JVM options (the JIT's first tier only): two starts at once on two cores spend their time
        // compiling otherwise
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m"));
        command.addAll(TestJvmOptions.fromThisJvm());
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                // the launcher's default, the app's port + 1, may be the other instance's or the database's
                "--management.server.port=" + freePort(),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + postgresPort + "/postgres",
                "--spring.datasource.username=" + EmbeddedPostgresServers.APP_ROLE,
                "--spring.flyway.user=" + EmbeddedPostgresServers.OWNER_ROLE,
                // one key for every instance, as the README asks: each accepts the unsubscribe links of the others
                "--advising.mail.unsubscribe-secret=two-instances-of-one-portal-share-this-key"));
        command.addAll(List.of(arguments));
        try {
            return new PortalInstance(name, port, new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until its login page answers. */
    public void awaitReady() throws InterruptedException {
        awaitLoginPage("Instance " + name, port, START_TIMEOUT, process, this::tail);
    }

    /** Waits until the login page answers on the port, failing with the process's log when it ends or the time is up. */
    static void awaitLoginPage(String what, int port, Duration timeout, Process process, Supplier<String> log)
            throws InterruptedException {
        URI login = URI.create("http://127.0.0.1:" + port + "/advising/login");
        Instant deadline = Instant.now().plus(timeout);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    fail(what + " ended with exit code " + process.exitValue() + " before it answered:\n" + log.get());
                }
                try {
                    if (http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
        }
        fail(what + " did not answer within " + timeout + ":\n" + log.get());
    }

    /**
     * Waits until its log says one of the texts. Its web server answers before the launcher's start-up work (the demo
     * data) is done; the log tells when that is.
     */
    public void awaitLog(String... anyOf) throws InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String written = log();
            if (Arrays.stream(anyOf).anyMatch(written::contains)) {
                return;
            }
            if (!process.isAlive()) {
                fail("Instance " + name + " ended with exit code " + process.exitValue() + ":\n" + tail());
            }
            Thread.sleep(250);
        }
        fail("Instance " + name + " did not log any of " + Arrays.toString(anyOf) + " within " + START_TIMEOUT + ":\n"
                + tail());
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops it as an orchestrator does, with SIGTERM, and waits until it has ended. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            fail("Instance " + name + " did not stop within " + STOP_TIMEOUT + ":\n" + tail());
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private String tail() {
        return LogTail.of(log, 40);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
