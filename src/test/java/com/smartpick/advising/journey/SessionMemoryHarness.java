package com.smartpick.advising.journey;

import com.smartpick.advising.standalone.StandaloneApplication;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures what an active user session costs the server (the goal, in the README's benchmarks: under 1 MB each). Runs
 * the standalone app in this JVM on a throwaway database, signs in N times in headless Chromium (advisor, mentor,
 * student in turn, each opening the pages of their role), and compares the heap after a full GC before and after: the
 * sessions and their UIs stay alive on the server until they time out, long after the browsers close.
 * Run: {@code mvn -q -B test-compile exec:exec@session-memory} (optional argument: the number of sessions).
 */
public final class SessionMemoryHarness {

    private static final List<Visit> VISITS = List.of(
            new Visit("advisor", List.of("/advising", "/advising/cohorts", "/advising/students")),
            new Visit("mentor", List.of("/advising", "/advising/students")),
            new Visit("student", List.of("/advising", "/advising/profile")));

    private record Visit(String username, List<String> paths) {
    }

    private SessionMemoryHarness() {
    }

    public static void main(String[] args) {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        try (ConfigurableApplicationContext app = SpringApplication.run(StandaloneApplication.class,
                "--server.port=0", "--advising.embedded-db.data-dir=", "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            openSessions(port, VISITS.size());
            long before = heapUsedAfterGc();
            long started = System.nanoTime();
            openSessions(port, sessions);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            long after = heapUsedAfterGc();
            System.out.printf("sessions opened: %d (in %d s), heap after GC: %.1f MB before, %.1f MB after%n",
                    sessions, seconds, before / 1e6, after / 1e6);
            System.out.printf("per active session: %.0f kB%n", (after - before) / 1e3 / sessions);
        }
    }

    private static void openSessions(int port, int count) {
        for (int i = 0; i < count; i++) {
            Visit visit = VISITS.get(i % VISITS.size());
            try (BrowserSession browser = new BrowserSession(port)) {
                browser.signInWithDemoAccount(visit.username());
                visit.paths().forEach(path -> {
                    browser.open(path);
                    browser.waitForText("sign-out");
                });
            }
        }
    }

    private static long heapUsedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
