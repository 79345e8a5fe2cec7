package com.smartpick.advising.journey;

import com.smartpick.advising.support.Chromium;
import com.smartpick.advising.support.DemoPortal;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the production jar costs as operators run it: {@code java -jar target/...-standalone.jar}, with the
 * {@code java} on the path unless told otherwise, in a process of its own. Prints the time from the start of that
 * process to the first answer of its web server, and the resident memory (VmRSS in /proc, so Linux only) of the portal's
 * JVM, of the launcher's when it started a newer Java, and of the embedded PostgreSQL's processes (RSS, and PSS, which
 * shares their common memory out among them), once after the start and once after one signed-in page in headless
 * Chromium. The database lives in {@code target/jar-footprint-pg}: its first start, which loads the demo data, is
 * reported apart, then the measured start is the one an operator makes every day.
 * Run: {@code mvn -q -B package -DskipTests exec:exec@jar-footprint} ({@code -Djar.java=/path/to/bin/java} for another
 * Java, {@code -Djar.jvm-options="-Xmx256m ..."} to add JVM options).
 */
public final class JarFootprintHarness {

    private static final Path LOG = Path.of("target", "jar-footprint.log");
    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private JarFootprintHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        String java = args.length > 1 && !args[1].isBlank() ? args[1] : "java";
        List<String> jvmOptions = args.length > 2 && !args[2].isBlank() ? List.of(args[2].trim().split("\\s+")) : List.of();
        Path dataDir = Path.of("target", "jar-footprint-pg").toAbsolutePath();
        System.out.printf(Locale.ROOT, "%s -jar %s (JVM options given: %s); %d cores, load average %.2f%n", java,
                jar.getFileName(), jvmOptions.isEmpty() ? "none" : String.join(" ", jvmOptions),
                Runtime.getRuntime().availableProcessors(), DemoPortal.loadAverage());
        if (!Files.isDirectory(dataDir)) {
            try (RunningJar first = RunningJar.start(java, jvmOptions, jar, dataDir)) {
                System.out.printf("first start, on a fresh database (initdb, migrations, demo data): first answer after %.1f s%n",
                        first.secondsToFirstAnswer);
                first.awaitLog("Demo data loaded in");
            }
        }
        try (RunningJar portal = RunningJar.start(java, jvmOptions, jar, dataDir)) {
            System.out.printf("start: first answer after %.1f s%n", portal.secondsToFirstAnswer);
            portal.awaitQuiet();
            System.out.println("JVM running the portal: " + portal.portalJvm().info().commandLine().orElse("?"));
            System.out.println("resident after the start:   " + portal.footprint());
            if (!Chromium.installed()) {
                System.out.println("after one signed-in page: skipped, no Chromium (see README, \"What you need\")");
                return;
            }
            try (BrowserSession browser = new BrowserSession(portal.port)) {
                browser.signInWithDemoAccount("advisor");
                browser.settle();
            }
            portal.awaitQuiet();
            System.out.println("resident after one page:    " + portal.footprint() + " (advisor signed in, home page)");
        }
        System.out.printf(Locale.ROOT, "load average at the end %.2f%n", DemoPortal.loadAverage());
    }

    /** The jar started as a process of its own on a free port, until closed (SIGTERM, as a service manager does). */
    private static final class RunningJar implements AutoCloseable {
        final Process launched;
        final int port;
        final Path dataDir;
        final double secondsToFirstAnswer;

        private RunningJar(Process launched, int port, Path dataDir, double secondsToFirstAnswer) {
            this.launched = launched;
            this.port = port;
            this.dataDir = dataDir;
            this.secondsToFirstAnswer = secondsToFirstAnswer;
        }

        static RunningJar start(String java, List<String> jvmOptions, Path jar, Path dataDir) throws Exception {
            int port = freePort();
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                    "--advising.embedded-db.data-dir=" + dataDir));
            long started = System.nanoTime();
            Process launched = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(LOG.toFile()).start();
            URI login = URI.create("http://localhost:" + port + "/advising/login");
            while (!answers(login)) {
                failIfEnded(launched);
                Thread.sleep(20);
            }
            return new RunningJar(launched, port, dataDir, (System.nanoTime() - started) / 1e9);
        }

        void awaitLog(String text) throws IOException, InterruptedException {
            while (!Files.readString(LOG).contains(text)) {
                failIfEnded(launched);
                Thread.sleep(500);
            }
        }

        private static void failIfEnded(Process launched) {
            if (!launched.isAlive()) {
                throw new IllegalStateException("the jar ended with " + launched.exitValue() + ", see " + LOG);
            }
        }

        /** Lets the start's and the page's work finish (demo data, compilation, the session) before memory is read. */
        void awaitQuiet() throws InterruptedException {
            Thread.sleep(SETTLE.toMillis());
        }

        /** The portal's JVM: the launched one, or the newer Java the launcher started as its child. */
        ProcessHandle portalJvm() {
            return launched.children().filter(child -> command(child).contains("java")).findFirst()
                    .orElse(launched.toHandle());
        }

        String footprint() {
            ProcessHandle portal = portalJvm();
            StringBuilder line = new StringBuilder("portal JVM %.0f MB".formatted(rssKb(portal) / 1024.0));
            if (!portal.equals(launched.toHandle())) {
                line.append(", launcher JVM %.0f MB".formatted(rssKb(launched.toHandle()) / 1024.0));
            }
            List<ProcessHandle> postgres = embeddedPostgres();
            long rss = postgres.stream().mapToLong(JarFootprintHarness::rssKb).sum();
            long pss = postgres.stream().mapToLong(JarFootprintHarness::pssKb).sum();
            line.append("; embedded PostgreSQL, %d processes: %.0f MB RSS, %.0f MB PSS"
                    .formatted(postgres.size(), rss / 1024.0, pss / 1024.0));
            return line.toString();
        }

        /** pg_ctl leaves the server to itself, so it is no child of the JVM: its main process names the data folder. */
        List<ProcessHandle> embeddedPostgres() {
            return ProcessHandle.allProcesses()
                    .filter(process -> process.info().commandLine()
                            .filter(line -> line.contains("postgres") && line.contains(dataDir.toString())).isPresent())
                    .flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
                    .distinct().toList();
        }

        @Override
        public void close() throws InterruptedException {
            launched.destroy();
            launched.waitFor();
        }
    }

    private static String command(ProcessHandle process) {
        return process.info().command().orElse("");
    }

    private static boolean answers(URI uri) {
        try {
            HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long rssKb(ProcessHandle process) {
        return procField(Path.of("/proc", String.valueOf(process.pid()), "status"), "VmRSS:").orElse(0L);
    }

    private static long pssKb(ProcessHandle process) {
        return procField(Path.of("/proc", String.valueOf(process.pid()), "smaps_rollup"), "Pss:").orElse(0L);
    }

    /** A "Name:   1234 kB" line of a /proc file, in kB; empty when the process has ended meanwhile. */
    private static Optional<Long> procField(Path file, String name) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(name))
                    .map(line -> Long.parseLong(line.substring(name.length()).replace("kB", "").trim())).findFirst();
        } catch (IOException ended) {
            return Optional.empty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
