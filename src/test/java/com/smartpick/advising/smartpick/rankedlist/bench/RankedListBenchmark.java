package com.smartpick.advising.smartpick.rankedlist.bench;

import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.support.DemoPortal;
import com.smartpick.advising.support.SignIn;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Ranked lists at the size advisors work with: the demo installation (a fresh embedded PostgreSQL in
 * {@code target/rankedlist-bench-pg}, made again at every run), whose student Sofia gets a published version and a
 * newer draft of {@value #BUDGET} entries each, annotated and with exclusions, made through the real service. Then it
 * prints p50/p95 of every list action and of loading both list pages, at three depths:
 * <ol>
 * <li>the service ({@link RankedListService}): SQL, audit and, for a run, the engine; with the statements it ran;</li>
 * <li>the views on the server (Vaadin browserless): the click or navigation, the service, building the components and
 * writing the response to the browser; no network, no browser;</li>
 * <li>headless Chromium against the running app ({@link BrowserTimings}), where it is installed: what a person waits
 * for, from the click (or the navigation's start) until the page shows the result and Vaadin has no request open.</li>
 * </ol>
 * Each workflow step (save a version, submit, back to draft, approve, publish) runs on a second student of the same
 * advisor, so the lists of the page being measured do not pile up. Run:
 * {@code mvn -q -B test-compile exec:exec@rankedlist-bench}; to measure some depths only, add e.g.
 * {@code -Dbench.phases="views browser"}.
 */
public final class RankedListBenchmark {

    static final int BUDGET = 150;
    static final int WARM_UP = 5;
    static final int RUNS = 30;
    static final int CYCLES = 12;

    private RankedListBenchmark() {
    }

    /** The demo people the benchmark acts as, and the two students it works on. */
    record People(Viewer advisor, Viewer mentor, Viewer student, long workflowStudent) {
    }

    /** The page student's lists: the version they were shown and the advisors' newer draft. */
    record Seeded(RankedList published, RankedList draft) {
    }

    /** @param args the depths to measure, of {@code service}, {@code views}, {@code browser} (words in any argument) */
    public static void main(String[] args) {
        Set<String> phases = Arrays.stream(String.join(" ", args).trim().split("\\s+")).collect(Collectors.toSet());
        System.out.printf(Locale.ROOT, "rankedlist-bench: %d cores, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), DemoPortal.loadAverage());
        try (ConfigurableApplicationContext app = DemoPortal.start(Path.of("target/rankedlist-bench-pg"))) {
            RankedListService lists = app.getBean(RankedListService.class);
            People people = people(app.getBean(DSLContext.class), lists);
            Seeded seeded = seed(lists, people);

            if (phases.contains("service")) {
                measure(new Timings("Service (RankedListService in this JVM: SQL, audit, the engine for a run; no view)"),
                        timings -> ServiceTimings.run(timings, lists, people, seeded));
            }
            if (phases.contains("views")) {
                measure(new Timings("Views on the server (Vaadin browserless: the view's work and its response; no network, no browser)"),
                        timings -> ViewTimings.run(timings, app, people, seeded));
            }
            if (phases.contains("browser")) {
                int port = DemoPortal.port(app);
                measure(new Timings("Headless Chromium (this machine: network, server, the browser's rendering)"),
                        timings -> BrowserTimings.run(timings, port, people, seeded));
            }
            System.out.printf(Locale.ROOT, "%nload average at the end %.2f%n", DemoPortal.loadAverage());
        }
    }

    /** What was measured is printed even when a later step fails. */
    private static void measure(Timings timings, Consumer<Timings> phase) {
        try {
            phase.accept(timings);
        } finally {
            timings.print();
        }
    }

    private static People people(DSLContext db, RankedListService lists) {
        Viewer advisor = DemoPortal.viewer(db, "demo:advisor");
        SignIn.as(advisor);
        long workflow = DemoPortal.studentWithProfileReady(db, lists).personId();
        SignIn.out();
        return new People(advisor, DemoPortal.viewer(db, "demo:mentor"), DemoPortal.viewer(db, "demo:student"), workflow);
    }

    /**
     * A published version with 5 programs excluded and 15 annotations (10 by the advisor, 5 by the mentor), then a
     * newer draft annotated the same way: what the staff page shows (with the changes between them) and the student
     * page shows (the published version's kept entries).
     */
    private static Seeded seed(RankedListService lists, People people) {
        long student = people.student().personId();
        SignIn.as(people.advisor());
        RunSetup setup = lists.setup(student);
        RankedList published = lists.run(student, setup.defaultSpecialty(), BUDGET, setup.inputs());
        for (int i = 0; i < 5; i++) {
            published = lists.exclude(published.id(), published.version(), published.entries().get(7 + 23 * i).id(),
                    "Bench: the student would not move there.");
        }
        annotate(lists, people, published);
        published = lists.submitForReview(published.id(), published.version());
        published = lists.approveOverConcerns(published.id(), published.version(), "Bench: discussed with the mentor.");
        published = lists.publish(published.id(), published.version());
        RankedList draft = lists.run(student, setup.defaultSpecialty(), BUDGET, setup.inputs());
        annotate(lists, people, draft);
        draft = lists.list(draft.id());
        SignIn.out();
        System.out.printf(Locale.ROOT, "%s: version %d published (%d entries, %d kept), version %d a draft (%d entries), "
                + "15 annotations each%n", people.student().displayName(), published.listNo(), published.entries().size(),
                published.keptEntries().size(), draft.listNo(), draft.entries().size());
        return new Seeded(published, draft);
    }

    private static void annotate(RankedListService lists, People people, RankedList list) {
        for (int i = 0; i < 10; i++) {
            lists.annotate(list.id(), list.entries().get(3 * i).id(), AnnotationKind.NOTE, "Bench note " + i + ": apply early.");
        }
        SignIn.as(people.mentor());
        for (int i = 0; i < 5; i++) {
            lists.annotate(list.id(), list.entries().get(1 + 5 * i).id(), AnnotationKind.CONCERN, "Bench concern " + i + ": far away.");
        }
        SignIn.as(people.advisor());
    }
}
