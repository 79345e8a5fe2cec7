package com.smartpick.advising.tracker;

import static com.smartpick.advising.jooq.Tables.TRACKED_PROGRAM;

import com.smartpick.advising.journey.BrowserSession;
import com.smartpick.advising.plugin.SchemaOwnerLogin;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.support.BrowserTimer;
import com.smartpick.advising.support.Chromium;
import com.smartpick.advising.support.DemoPortal;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.StatementCounter;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.tracker.ui.MyApplicationsView;
import com.smartpick.advising.ui.ViewTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.CurrentInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * How long recording "applied" for 80 programs takes (issue 14: bulk entry fast for 80 programs), printed, never
 * asserted, at three depths:
 * <ol>
 * <li>the service alone: the save of 80 rows first tracked (INSERT), then of 80 rows already tracked (UPDATE);</li>
 * <li>on the server through the view (Vaadin browserless: selecting 80 rows, "Mark applied", the service, the grid
 * made again and the round trip's response; no network, no browser);</li>
 * <li>in headless Chromium, where it is installed, against the portal started in this JVM on a random port with a fresh
 * demo database ({@code target/tracker-bench-pg}): a demo student with a published list of exactly 80 programs selects
 * them all with the grid header's box and picks the date, untimed; timed ({@link BrowserTimer}) is the click on "Mark
 * applied" until the first painted frame that shows the new date in the grid's Applied column and the "80 programs
 * saved." notification, with no Vaadin request open. First record (the rows deleted, as the schema's owner, and the page
 * loaded again before each run) and a changed date (the date moved a day each run, on the same page).</li>
 * </ol>
 * Not a test Surefire runs by itself (no "Test" at the end): run it with
 * {@code mvn -B -q test -o -Dtest=TrackerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the numbers go to
 * standard output and {@code target/tracker-bench.txt}.
 */
@Import(StatementCounter.Registration.class)
class TrackerBenchmark extends ViewTest {

    static final int PROGRAMS = 80;
    static final int WARM_UP = 5;
    static final int RUNS = 20;
    static final int BROWSER_WARM_UP = 3;
    static final int BROWSER_RUNS = 10;

    /**
     * The result of "Mark applied" as the page shows it: every Applied date the grid renders is the day picked, and
     * the confirmation is up ({@code args}: the day, ISO, and the confirmation's text).
     */
    private static final String MARKED = """
            const [day, saved] = args;
            const applied = [...document.querySelectorAll('#tracker-grid vaadin-date-picker')]
                    .filter(picker => (picker.accessibleName || '').startsWith('Applied: '));
            return applied.length > 0 && applied.every(picker => picker.value === day)
                    && [...document.querySelectorAll('vaadin-notification-card')].some(card => card.textContent.trim() === saved);
            """;

    @Autowired DSLContext db;
    @Autowired RankedListService lists;
    @Autowired ApplicationTrackerService tracker;

    private final Map<String, List<double[]>> samples = new LinkedHashMap<>();
    private final StringBuilder notes = new StringBuilder();

    @Test
    @SuppressWarnings("unchecked")
    void record_applied_for_80_programs() throws IOException {
        notes.append(String.format(Locale.ROOT, "load average at the start %.2f (%d cores)%n", DemoPortal.loadAverage(),
                Runtime.getRuntime().availableProcessors()));
        int season = Season.matchYearOn(LocalDate.now());
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            boolean keep = i >= WARM_UP;
            TestData data = new TestData(db);
            TestData.World world = data.world();
            Viewer student = world.studentA();
            publish(world, student);
            SignIn.as(student);
            List<TrackedProgram> programs = tracker.tracker(student.personId(), season).programs().subList(0, PROGRAMS);
            LocalDate day = LocalDate.now().minusDays(10);
            time("service: first record of applied, 80 programs (INSERT)", keep, () ->
                    tracker.save(student.personId(), programs.stream().map(p -> p.unchanged().withApplied(day)).toList()));
            List<TrackedProgram> tracked = tracker.tracker(student.personId(), season).programs().subList(0, PROGRAMS);
            time("service: applied date changed, 80 programs (UPDATE)", keep, () ->
                    tracker.save(student.personId(), tracked.stream().map(p -> p.unchanged().withApplied(day.plusDays(1)))
                            .toList()));

            Viewer other = world.studentB();
            publish(world, other);
            SignIn.as(other);
            navigate("advising/applications", MyApplicationsView.class);
            Grid<TrackedProgram> grid = $(Grid.class).withId("tracker-grid").single();
            List<TrackedProgram> rows = grid.getGenericDataView().getItems().limit(PROGRAMS).toList();
            $(DatePicker.class).withId("tracker-day").single().setValue(day);
            time("view on the server: select 80 rows, Mark applied, round trip", keep, () -> {
                grid.asMultiSelect().select(rows);
                test($(Button.class).withId("tracker-mark-applied").single()).click();
                // what the server does before answering the browser: the UI's queued work and its changes collected
                MockVaadin.clientRoundtrip();
            });
            long applied = tracker.tracker(other.personId(), season).applied();
            if (applied != PROGRAMS) {
                throw new IllegalStateException("The view recorded " + applied + " programs, not " + PROGRAMS);
            }
            SignIn.out();
        }
        inTheBrowser();
        notes.append(String.format(Locale.ROOT, "load average at the end %.2f%n", DemoPortal.loadAverage()));
        print();
    }

    /** The third depth: what the student waits for in headless Chromium, from the click to the painted result. */
    private void inTheBrowser() {
        if (!Chromium.installed()) {
            notes.append("headless Chromium: skipped, chromium and chromium-driver are not installed\n");
            return;
        }
        // this thread's mocked Vaadin (the browserless view above) stays out of the real portal's start and requests
        Map<Class<?>, CurrentInstance> mocked = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        try (ConfigurableApplicationContext portal = DemoPortal.start(Path.of("target", "tracker-bench-pg"))) {
            DSLContext demo = portal.getBean(DSLContext.class);
            // the app's role may not delete a tracked program (recorded and corrected, never removed): the schema's
            // owner clears the bench student's rows, so that each first record really inserts 80
            DSLContext owner = DSL.using(portal.getBean(SchemaOwnerLogin.class).dataSource(), SQLDialect.POSTGRES);
            Viewer student = publishEighty(demo, portal.getBean(RankedListService.class));
            int season = Season.matchYearOn(LocalDate.now());
            try (BrowserSession browser = BrowserTimer.signedIn(DemoPortal.port(portal),
                    DemoPortal.signInName(demo, student.personId()))) {
                for (int i = 0; i < BROWSER_WARM_UP + BROWSER_RUNS; i++) {
                    owner.deleteFrom(TRACKED_PROGRAM).where(TRACKED_PROGRAM.STUDENT_ID.eq(student.personId()))
                            .and(TRACKED_PROGRAM.MATCH_YEAR.eq(season)).execute();
                    browser.open("/advising/applications");
                    markApplied(browser, demo, student, season, i >= BROWSER_WARM_UP,
                            "browser: first record of applied, 80 programs (INSERT)", LocalDate.now().minusDays(30 + i));
                }
                for (int i = 0; i < BROWSER_WARM_UP + BROWSER_RUNS; i++) {
                    markApplied(browser, demo, student, season, i >= BROWSER_WARM_UP,
                            "browser: applied date changed, 80 programs (UPDATE)", LocalDate.now().minusDays(1 + i));
                }
            }
        } finally {
            SignIn.out();
            CurrentInstance.restoreInstances(mocked);
        }
    }

    /** A list of exactly 80 programs published for a demo student of the demo advisor, so "select all" takes 80. */
    private static Viewer publishEighty(DSLContext demo, RankedListService demoLists) {
        SignIn.as(DemoPortal.viewer(demo, "demo:advisor"));
        Viewer student = DemoPortal.studentWithProfileReady(demo, demoLists);
        RunSetup setup = demoLists.setup(student.personId());
        RankedList list = demoLists.run(student.personId(), setup.defaultSpecialty(), PROGRAMS, setup.inputs());
        if (list.keptEntries().size() != PROGRAMS) {
            throw new IllegalStateException("The list holds " + list.keptEntries().size() + " programs, not " + PROGRAMS);
        }
        list = demoLists.submitForReview(list.id(), list.version());
        list = demoLists.approve(list.id(), list.version());
        demoLists.publish(list.id(), list.version());
        SignIn.out();
        return student;
    }

    /**
     * On the tracker page: untimed, the previous confirmation gone, all rows selected with the header's box and the
     * day picked; timed, the click on "Mark applied" until the page shows the day on the rows and the confirmation.
     * Then the database must hold the day on the 80 rows.
     */
    private void markApplied(BrowserSession browser, DSLContext demo, Viewer student, int season, boolean keep,
            String what, LocalDate day) {
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tracker-grid #selectAllCheckbox")));
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.tagName("vaadin-notification-card"), 0));
        BrowserTimer.awaitIdle(browser);
        JavascriptExecutor page = BrowserTimer.script(browser);
        page.executeScript("document.querySelector('#tracker-grid #selectAllCheckbox').click();");
        BrowserTimer.awaitIdle(browser);
        page.executeScript("const picker = document.querySelector('#tracker-day'); picker.value = arguments[0];", day.toString());
        BrowserTimer.awaitIdle(browser);
        BrowserTimer.Timed timed = BrowserTimer.act(browser, "#tracker-mark-applied", null, MARKED, day.toString(),
                PROGRAMS + " programs saved.");
        int marked = demo.fetchCount(TRACKED_PROGRAM, TRACKED_PROGRAM.STUDENT_ID.eq(student.personId())
                .and(TRACKED_PROGRAM.MATCH_YEAR.eq(season)).and(TRACKED_PROGRAM.APPLIED_ON.eq(day)));
        if (marked != PROGRAMS) {
            throw new IllegalStateException("The page recorded " + marked + " programs applied on " + day + ", not " + PROGRAMS);
        }
        if (keep) {
            samples.computeIfAbsent(what, k -> new ArrayList<>()).add(new double[] {timed.millis(), timed.statements()});
        }
    }

    private void publish(TestData.World world, Viewer student) {
        SignIn.as(world.admin());
        // a budget above 80, so the list holds at least 80 programs
        RankedList list = lists.run(student.personId(), Specialty.INTERNAL_MEDICINE, 120, RecordedInputs.NONE);
        if (list.keptEntries().size() < PROGRAMS) {
            throw new IllegalStateException("The list holds " + list.keptEntries().size() + " programs, fewer than " + PROGRAMS);
        }
        list = lists.submitForReview(list.id(), list.version());
        list = lists.approve(list.id(), list.version());
        lists.publish(list.id(), list.version());
    }

    private void time(String what, boolean keep, Runnable work) {
        long[] nanos = new long[1];
        int statements = StatementCounter.INSTANCE.during(() -> {
            long started = System.nanoTime();
            work.run();
            nanos[0] = System.nanoTime() - started;
        });
        if (keep) {
            samples.computeIfAbsent(what, k -> new ArrayList<>()).add(new double[] {nanos[0] / 1e6, statements});
        }
    }

    private void print() throws IOException {
        StringBuilder out = new StringBuilder("Tracker: record \"applied\" for " + PROGRAMS + " programs, service and "
                + "view " + RUNS + " runs after " + WARM_UP + " to warm up, browser " + BROWSER_RUNS + " after "
                + BROWSER_WARM_UP + " (p50 / p95 ms, SQL statements of the median run)\n");
        samples.forEach((what, all) -> {
            List<double[]> sorted = new ArrayList<>(all);
            sorted.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] median = sorted.get(sorted.size() / 2);
            double[] p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
            out.append(String.format(Locale.ROOT, "  %-62s p50 %7.1f  p95 %7.1f  statements %d%n", what, median[0],
                    p95[0], (int) median[1]));
        });
        out.append(notes);
        System.out.print(out);
        Files.writeString(Path.of("target", "tracker-bench.txt"), out);
    }
}
