package com.smartpick.advising.readiness.bench;

import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.plugin.SchemaOwnerLogin;
import com.smartpick.advising.readiness.ReadinessFilter;
import com.smartpick.advising.readiness.ReadinessService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.StatementCounter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The readiness dashboard at scale: loads {@link ScaleData} into an embedded PostgreSQL kept in
 * {@code target/readiness-bench-pg} (once; later runs reuse it), then prints the first page's latency (p50, p95) and
 * the statements it cost, as the advisor who sees all 10,000 students. Run:
 * {@code mvn -q -B test-compile exec:exec@readiness-bench}.
 */
public final class ReadinessBenchmark {

    private static final int WARM_UP = 50;
    private static final int RUNS = 200;

    private ReadinessBenchmark() {
    }

    public static void main(String[] args) {
        String dataDir = args.length > 0 ? args[0] : "target/readiness-bench-pg";
        try (ConfigurableApplicationContext app = SpringApplication.run(new Class<?>[] {StandaloneApplication.class, StatementCounter.Registration.class},
                new String[] {"--server.port=0", "--advising.embedded-db.data-dir=" + dataDir, "--advising.demo.enabled=false",
                        "--logging.level.root=WARN"})) {
            DSLContext db = app.getBean(DSLContext.class);
            if (!ScaleData.loaded(db)) {
                long started = System.nanoTime();
                ScaleData.load(db, DSL.using(app.getBean(SchemaOwnerLogin.class).dataSource(), SQLDialect.POSTGRES));
                System.out.printf(Locale.ROOT, "loaded %,d students and %,d experience records in %.1f s%n", ScaleData.STUDENTS,
                        ScaleData.STUDENTS * ScaleData.RECORDS_PER_STUDENT, (System.nanoTime() - started) / 1e9);
            }
            long advisor = db.select(PERSON.ID).from(PERSON).where(PERSON.SUBJECT.eq(ScaleData.ADVISOR_SUBJECT)).fetchSingle(PERSON.ID);
            SignIn.as(new Viewer(advisor, "Bench Advisor", Set.of(Role.ADVISOR)));
            ReadinessService readiness = app.getBean(ReadinessService.class);
            System.out.printf(Locale.ROOT, "students the advisor sees: %,d%n", readiness.count(ReadinessFilter.NONE));

            PageRequest firstPage = new PageRequest(0, 50, List.of(new PageRequest.Sort("name", true)));
            measure("first page, 50 rows by name", () -> readiness.page(ReadinessFilter.NONE, firstPage));
            measure("first page, 200 rows by name", () -> readiness.page(ReadinessFilter.NONE,
                    new PageRequest(0, 200, List.of(new PageRequest.Sort("name", true)))));
            measure("page 100 (offset 4,950), 50 rows", () -> readiness.page(ReadinessFilter.NONE,
                    new PageRequest(4_950, 50, List.of(new PageRequest.Sort("name", true)))));
            measure("first page filtered by flag \"no mentor\"", () -> readiness.page(
                    new ReadinessFilter(com.smartpick.advising.readiness.Flag.NO_MENTOR, null, null, null), firstPage));
            measure("first page filtered by flag \"season tasks late\"", () -> readiness.page(
                    new ReadinessFilter(com.smartpick.advising.readiness.Flag.LATE_TASKS, null, null, null), firstPage));
            measure("first page sorted by late tasks", () -> readiness.page(ReadinessFilter.NONE,
                    new PageRequest(0, 50, List.of(new PageRequest.Sort("lateTasks", false)))));
            measure("first page sorted by hands-on USCE", () -> readiness.page(ReadinessFilter.NONE,
                    new PageRequest(0, 50, List.of(new PageRequest.Sort("usce", false)))));
            measure("count (the grid's size)", () -> readiness.count(ReadinessFilter.NONE));
            measure("summary figures and chart", () -> readiness.summary(ReadinessFilter.NONE));
            SignIn.out();
        }
    }

    private static void measure(String what, Supplier<?> work) {
        // a deep page, a sort by a computed figure and the summary touch every visible student: fewer runs
        boolean slow = what.startsWith("summary") || what.contains("sorted by") || what.startsWith("page ");
        int warmUp = slow ? WARM_UP / 10 : WARM_UP;
        int runs = slow ? RUNS / 10 : RUNS;
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        int statements = StatementCounter.INSTANCE.during(work::get);
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-42s p50 %7.2f ms   p95 %7.2f ms   statements %d   (%d runs)%n", what,
                nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, statements, runs);
    }
}
