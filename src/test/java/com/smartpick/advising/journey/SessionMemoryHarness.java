package com.smartpick.advising.journey;

import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.DemoPortal;
import com.smartpick.advising.support.SignIn;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures what an active user session costs the server (the goal, in the README's benchmarks: under 1 MB each). Runs
 * the standalone app in this JVM on a throwaway database, signs in N times in headless Chromium, and compares the heap
 * after a full GC before and after: the sessions and their UIs stay alive on the server until they time out, long after
 * the browsers close. Two sets of pages:
 * <ul>
 * <li>{@code light} (the default): advisor, mentor, student in turn, each opening the pages of their role;</li>
 * <li>{@code heavy}: the advisor each time, on the heaviest pages there are: Sofia's ranked lists as staff see them, a
 * fresh draft of {@value #LONG_LIST} entries the newest, then the readiness dashboard and the review queue.</li>
 * </ul>
 * Run: {@code mvn -q -B test-compile exec:exec@session-memory} (arguments: the number of sessions, then the set of
 * pages; {@code -Dsession-memory.pages=heavy} chooses the set).
 */
public final class SessionMemoryHarness {

    static final int LONG_LIST = 150;

    private static final List<Visit> LIGHT = List.of(
            new Visit("advisor", List.of("/advising", "/advising/cohorts", "/advising/students")),
            new Visit("mentor", List.of("/advising", "/advising/students")),
            new Visit("student", List.of("/advising", "/advising/profile")));

    private record Visit(String username, List<String> paths) {
    }

    private SessionMemoryHarness() {
    }

    public static void main(String[] args) {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        boolean heavy = args.length > 1 && args[1].equals("heavy");
        try (ConfigurableApplicationContext app = SpringApplication.run(StandaloneApplication.class,
                "--server.port=0", "--advising.embedded-db.data-dir=", "--logging.level.root=WARN")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<Visit> visits = heavy ? List.of(heavyVisit(app)) : LIGHT;
            openSessions(port, visits, visits.size());
            long before = heapUsedAfterGc();
            long started = System.nanoTime();
            openSessions(port, visits, sessions);
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            long after = heapUsedAfterGc();
            System.out.printf("%s pages: %s%n", heavy ? "heavy" : "light", visits);
            System.out.printf("sessions opened: %d (in %d s), heap after GC: %.1f MB before, %.1f MB after%n",
                    sessions, seconds, before / 1e6, after / 1e6);
            System.out.printf("per active session: %.0f kB%n", (after - before) / 1e3 / sessions);
        }
    }

    /** The advisor on Sofia's lists (a new draft of {@value #LONG_LIST} entries on top), the dashboard, the queue. */
    private static Visit heavyVisit(ConfigurableApplicationContext app) {
        DSLContext db = app.getBean(DSLContext.class);
        RankedListService lists = app.getBean(RankedListService.class);
        Viewer student = DemoPortal.viewer(db, "demo:student");
        SignIn.as(DemoPortal.viewer(db, "demo:advisor"));
        try {
            RunSetup setup = lists.setup(student.personId());
            lists.run(student.personId(), setup.defaultSpecialty(), LONG_LIST, setup.inputs());
        } finally {
            SignIn.out();
        }
        return new Visit("advisor", List.of("/advising/smartpick/students/" + student.personId(), "/advising/readiness",
                "/advising/review"));
    }

    private static void openSessions(int port, List<Visit> visits, int count) {
        for (int i = 0; i < count; i++) {
            Visit visit = visits.get(i % visits.size());
            try (BrowserSession browser = new BrowserSession(port)) {
                browser.signInWithDemoAccount(visit.username());
                visit.paths().forEach(path -> {
                    browser.open(path);
                    browser.waitForText("sign-out");
                    browser.settle();
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
