package com.smartpick.advising.keycloak;

import com.smartpick.advising.support.LogTail;
import com.smartpick.advising.support.TestJvmOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Keycloak for the integration tests: one server per test JVM, on a free port of 127.0.0.1, with the
 * {@value #REALM} realm imported afresh from {@code src/test/resources/keycloak/advising-realm.json}. In {@code mvn
 * verify} the build starts it while the unit tests run ({@link #main}) and stops it when Maven ends; otherwise the first
 * test class that needs it starts it, and it is stopped (SIGTERM) when the test run ends.
 *
 * <p>The server is Keycloak's own distribution from Maven Central, which the build unpacks into
 * {@code target/keycloak} before the tests compile and names in the {@code keycloak.home} system property.
 * Run from an IDE without that step, the tests are reported skipped with a message saying so; in the build, a
 * missing distribution fails them.
 */
public final class KeycloakServer implements ExecutionCondition, BeforeAllCallback {

    public static final String REALM = "advising";
    public static final String CLIENT_ID = "smartpick-advising";
    static final String HOME_PROPERTY = "keycloak.home";
    private static final String STARTED_BY_BUILD_PROPERTY = "keycloak.started-by-build";
    private static final String REALM_RESOURCE = "/keycloak/advising-realm.json";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KeycloakServer.class);

    private static volatile @Nullable Running running;

    /**
     * Without a distribution (a run from an IDE that skipped {@code mvn verify}'s unpack step) the test class is
     * reported as skipped, with the reason. A condition rather than an assumption in {@code beforeAll}: Surefire and
     * Failsafe count a class aborted in {@code beforeAll} as zero tests run, which reads like a pass.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return ConditionEvaluationResult.disabled("The Keycloak integration tests drive bin/kc.sh: Linux and macOS only");
        }
        if (home().isEmpty()) {
            return ConditionEvaluationResult.disabled("Keycloak's server distribution is not unpacked in target/keycloak. "
                    + "Run these tests with `mvn verify` (which fetches org.keycloak:keycloak-quarkus-dist from Maven "
                    + "Central and unpacks it), or unpack it once with `mvn dependency:unpack@unpack-keycloak`.");
        }
        return ConditionEvaluationResult.enabled("Keycloak distribution found");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Path home = home().orElseThrow(); // the condition above has checked it
        // the root store closes the server once, after the last test class of this JVM
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, type -> start(home), Running.class);
    }

    /** The issuer the portal is configured with, e.g. {@code http://127.0.0.1:40123/realms/advising}. */
    public static String issuerUri() {
        return require().baseUrl() + "/realms/" + REALM;
    }

    /** Where Keycloak answers, e.g. {@code http://127.0.0.1:40123}; its login pages start with this. */
    public static String baseUrl() {
        return require().baseUrl();
    }

    private static Running require() {
        Running server = running;
        if (server == null) {
            throw new IllegalStateException("Keycloak is not started: annotate the test class with "
                    + "@ExtendWith(KeycloakServer.class) before @SpringBootTest, so it starts before the Spring context");
        }
        return server;
    }

    /**
     * The unpacked distribution: the build names it in {@code keycloak.home}, and then it must be there (a failure,
     * not a skip); from an IDE it is looked for under {@code target/keycloak}.
     */
    static Optional<Path> home() {
        String configured = System.getProperty(HOME_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("keycloak.home is " + home + " but it holds no bin/kc.sh: the build's "
                        + "unpack-keycloak step (maven-dependency-plugin, process-test-resources) did not run or failed");
            }
            return Optional.of(home);
        }
        Path unpacked = Path.of("target", "keycloak");
        if (!Files.isDirectory(unpacked)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(unpacked)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-"))
                    .filter(d -> Files.isRegularFile(d.resolve("bin/kc.sh")))
                    .max(Comparator.naturalOrder()).map(Path::toAbsolutePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Running start(Path home) {
        Running server = running;
        if (server != null) {
            return server;
        }
        long started = System.nanoTime();
        server = startedByTheBuild(home).orElseGet(() -> launch(home, false));
        try {
            awaitReady(server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        System.out.printf(Locale.ROOT, "Keycloak %s at %s, ready after %.1f s (log: %s)%n",
                server.owned() ? "started" : "started by the build", server.baseUrl(),
                (System.nanoTime() - started) / 1e9, server.log());
        running = server;
        return server;
    }

    /**
     * Starts kc.sh on a free port and returns at once; the server is stopped when this JVM ends, if not before. With
     * {@code nice}, it runs at the lowest priority until {@link #renice} gives it back the usual one.
     */
    private static Running launch(Path home, boolean nice) {
        try {
            prepareData(home);
            int port = freePort();
            Path log = home.resolveSibling("keycloak-it.log");
            Path kcSh = home.resolve("bin/kc.sh");
            List<String> command = new ArrayList<>();
            if (nice) {
                command.addAll(List.of("nice", "-n", "19"));
            }
            if (!Files.isExecutable(kcSh)) {
                command.add("bash"); // an unpack that lost the execute bit must not stop the tests
            }
            command.addAll(List.of(kcSh.toString(), "start-dev", "--http-port=" + port, "--http-host=127.0.0.1",
                    "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", UUID.randomUUID().toString());
            // the same JDK as the tests (Maven's toolchain), rather than whatever JAVA_HOME Maven itself ran with
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            // a server that lives for one test run: its start (a Quarkus build and boot) costs less with the tests' options
            builder.environment().put("JAVA_OPTS_APPEND", TestJvmOptions.fromThisJvmJoined());
            Process process = builder.start();
            Running server = new Running(process.toHandle(), "http://127.0.0.1:" + port, log, true);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /**
     * The server the build started while the unit tests ran (see {@link #main}), if it did and it is still alive. The
     * file it left names it: the pid of kc.sh, the address, the log. A file left by an earlier build names a process
     * that has ended, or one that is not this distribution's Keycloak.
     */
    private static Optional<Running> startedByTheBuild(Path home) {
        String announced = System.getProperty(STARTED_BY_BUILD_PROPERTY, "");
        if (announced.isBlank() || !Files.isRegularFile(Path.of(announced))) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(announced));
            Path log = Path.of(lines.get(2));
            // kc.sh, or the Java it becomes once Keycloak has configured itself: both name the distribution's bin/
            String bin = home.resolve("bin").toString();
            Optional<ProcessHandle> kcSh = ProcessHandle.of(Long.parseLong(lines.get(0)))
                    .filter(process -> process.info().commandLine().orElse("").contains(bin));
            if (kcSh.isEmpty()) {
                System.out.printf("The Keycloak the build started (%s) has ended; the tests start their own. Its log's "
                        + "end:%n%s%n", announced, Files.isRegularFile(log) ? LogTail.of(log, 30) : "(none)");
            }
            // still starting at the lowest priority, maybe: from now on the tests wait for it
            kcSh.ifPresent(KeycloakServer::renice);
            return kcSh.map(process -> new Running(process, lines.get(1), log, false));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The build's early start, so that Keycloak's start (about half a minute of a processor) overlaps the unit tests
     * instead of opening the integration tests: the pom runs this in {@code process-test-classes} (exec-maven-plugin,
     * {@code async}) and stops it when Maven ends (SIGTERM, and the shutdown hook stops Keycloak). It writes the file
     * {@code args[0]} (kc.sh's pid, the address, the log) as soon as kc.sh runs; the integration tests read it and wait
     * for the server to answer. If it is not there, or names no live kc.sh, they start Keycloak themselves, as from an
     * IDE.
     *
     * <p>Where Linux lets it give a process its priority back (root, or a raised {@code RLIMIT_NICE}), Keycloak starts
     * at the lowest priority, so it takes only the processor time the unit tests leave (their last stretch leaves a core
     * idle) and never slows them, and gets the usual priority once it answers, for the integration tests' sign-ins.
     */
    public static void main(String[] args) throws Exception {
        Path announced = Path.of(args[0]);
        Files.deleteIfExists(announced);
        Path home = home().orElseThrow(() -> new IllegalStateException("Keycloak's distribution is not unpacked"));
        boolean nice = mayRenice();
        Running server = launch(home, nice);
        Path written = Files.writeString(announced.resolveSibling(announced.getFileName() + ".tmp"),
                String.join("\n", String.valueOf(server.process().pid()), server.baseUrl(), server.log().toString()));
        Files.move(written, announced, StandardCopyOption.ATOMIC_MOVE);
        if (nice) {
            awaitReady(server);
            renice(server.process());
        }
        server.process().onExit().join();
    }

    /** Whether a process at the lowest priority may give itself the usual one back: tried on a shell started so. */
    private static boolean mayRenice() {
        return Files.isDirectory(Path.of("/proc/self/task"))
                && succeeds(List.of("nice", "-n", "19", "sh", "-c", "renice -n 0 -p $$"));
    }

    /**
     * Gives every thread of the process and its descendants the usual priority: Linux keeps one per thread, and a
     * thread started later takes its starter's.
     */
    private static void renice(ProcessHandle process) {
        if (!Files.isDirectory(Path.of("/proc/self/task"))) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", "0", "-p"));
        Stream.concat(Stream.of(process), process.descendants()).forEach(member -> {
            try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(member.pid()), "task"))) {
                threads.forEach(thread -> command.add(thread.getFileName().toString()));
            } catch (IOException | UncheckedIOException ended) {
                // ended meanwhile: nothing to renice
            }
        });
        succeeds(command);
    }

    private static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A fresh database each run, so the realm file in the repo is what the tests see. */
    private static void prepareData(Path home) throws IOException {
        Path h2 = home.resolve("data/h2");
        if (Files.exists(h2)) {
            try (Stream<Path> files = Files.walk(h2)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("The realm file " + REALM_RESOURCE + " is not on the test classpath");
            }
            Files.copy(realm, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * A port nothing listens on, below the range the system hands out for outgoing connections and port 0 (32768 and
     * up on Linux, 49152 and up elsewhere): Keycloak binds it only half a minute later, and meanwhile the unit tests open
     * hundreds of connections, any of which could take a port of that range first.
     */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // another one
            }
        }
        throw new IOException("No free port between 20000 and 32000 on 127.0.0.1 after 100 tries");
    }

    private static void awaitReady(Running server) {
        URI wellKnown = URI.create(server.baseUrl() + "/realms/" + REALM + "/.well-known/openid-configuration");
        HttpRequest request = HttpRequest.newBuilder(wellKnown).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!server.process().isAlive()) {
                    throw new IllegalStateException("Keycloak exited before it was ready. Last lines of " + server.log()
                            + ":\n" + LogTail.of(server.log(), 60));
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds()
                            + " s. Last lines of " + server.log() + ":\n" + LogTail.of(server.log(), 60));
                }
                Thread.sleep(POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }

    /**
     * A started server. Closing one this JVM started (JUnit's root store at the end of the run, or the shutdown hook)
     * stops it; one the build started is the build's to stop.
     */
    record Running(ProcessHandle process, String baseUrl, Path log, boolean owned, AtomicBoolean stopped)
            implements AutoCloseable {

        Running(ProcessHandle process, String baseUrl, Path log, boolean owned) {
            this(process, baseUrl, log, owned, new AtomicBoolean());
        }

        /** SIGTERM to kc.sh, which forwards it to Keycloak's JVM; a forced kill only if it hangs. */
        @Override
        public void close() {
            if (!owned || !stopped.compareAndSet(false, true)) {
                return;
            }
            List<ProcessHandle> descendants = process.descendants().toList();
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            if (running == this) {
                running = null;
            }
        }
    }
}
