package com.smartpick.advising.tracker;

import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Season;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.StatementCounter;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.tracker.ui.MyApplicationsView;
import com.smartpick.advising.ui.ViewTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * How long recording "applied" for 80 programs takes (issue 14: bulk entry fast for 80 programs), printed, never
 * asserted: in the service alone (the save of 80 rows first tracked, then of 80 rows already tracked), and on the
 * server through the view (Vaadin browserless: selecting 80 rows, "Mark applied", the service, the grid made again and
 * the round trip's response; no network, no browser). Not a test Surefire runs by itself (no "Test" at the end): run
 * it with {@code mvn -B -q test -o -Dtest=TrackerBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; the numbers go to
 * standard output and {@code target/tracker-bench.txt}.
 */
@Import(StatementCounter.Registration.class)
class TrackerBenchmark extends ViewTest {

    static final int PROGRAMS = 80;
    static final int WARM_UP = 5;
    static final int RUNS = 20;

    @Autowired DSLContext db;
    @Autowired RankedListService lists;
    @Autowired ApplicationTrackerService tracker;

    private final Map<String, List<double[]>> samples = new LinkedHashMap<>();

    @Test
    @SuppressWarnings("unchecked")
    void record_applied_for_80_programs() throws IOException {
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
        print();
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
        StringBuilder out = new StringBuilder("Tracker: record \"applied\" for " + PROGRAMS + " programs, " + RUNS
                + " runs after " + WARM_UP + " to warm up (p50 / p95 ms, SQL statements of the median run)\n");
        samples.forEach((what, all) -> {
            List<double[]> sorted = new ArrayList<>(all);
            sorted.sort((a, b) -> Double.compare(a[0], b[0]));
            double[] median = sorted.get(sorted.size() / 2);
            double[] p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
            out.append(String.format(Locale.ROOT, "  %-62s p50 %7.1f  p95 %7.1f  statements %d%n", what, median[0],
                    p95[0], (int) median[1]));
        });
        System.out.print(out);
        Files.writeString(Path.of("target", "tracker-bench.txt"), out);
    }
}
