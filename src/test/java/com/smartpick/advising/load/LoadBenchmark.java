package com.smartpick.advising.load;

import com.smartpick.advising.load.LoadPopulation.Person;
import com.smartpick.advising.load.LoadRun.SignedIn;
import com.smartpick.advising.standalone.demo.DemoAccounts;
import com.smartpick.advising.support.DemoPortal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Many signed-in users on one instance (issue 16: 200 at once): the standalone portal in this JVM on a random port,
 * on a fresh demo database in {@code target/load-bench-pg}, with 20 groups of an advisor, a mentor and 8 students made
 * for the run ({@link LoadPopulation}). Everyone signs in on the login form, then works for a warm-up and a measured
 * time with a think time of 1–3 s between actions; then the same sessions work with no think time, which is what the
 * instance can do at most (the saturation figure). Prints a table per run and writes {@code target/load-bench.txt}.
 * The heap and the RSS are this JVM's: the server's, plus the harness's small share (its users hold a cookie and a
 * page's few ids each).
 *
 * <p>Run: {@code mvn -q -B test-compile exec:exec@load-bench}; {@code -Dload.groups=…}, {@code -Dload.warmup=…} and
 * {@code -Dload.seconds=…} (seconds) change the size and the times.
 */
public final class LoadBenchmark {

    private static final int STUDENTS_PER_GROUP = 8;

    private LoadBenchmark() {
    }

    public static void main(String[] args) {
        int groups = Integer.getInteger("load.groups", 20);
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("load.warmup", 20));
        Duration measured = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
        StringBuilder report = new StringBuilder();
        try (ConfigurableApplicationContext portal = DemoPortal.start(Path.of("target", "load-bench-pg"));
                HttpClient http = VaadinUser.sharedClient()) {
            long made = System.nanoTime();
            List<Person> people = LoadPopulation.create(portal, groups, STUDENTS_PER_GROUP);
            print(report, String.format(Locale.ROOT, "%d people made in %d ms (%d groups of an advisor, a mentor and %d "
                    + "students); load average %s", people.size(), (System.nanoTime() - made) / 1_000_000, groups,
                    STUDENTS_PER_GROUP, LoadReport.loadAverage()));
            long signInStarted = System.nanoTime();
            List<SignedIn> users = LoadRun.signIn(http, DemoPortal.port(portal), people, DemoAccounts.PASSWORD);
            print(report, String.format(Locale.ROOT, "%d users signed in in %d ms (%d at a time)", users.size(),
                    (System.nanoTime() - signInStarted) / 1_000_000, LoadRun.SIGN_INS_AT_ONCE));
            var thinking = new LoadRun.Settings(warmUp, measured, Duration.ofSeconds(1), Duration.ofSeconds(3), 0);
            print(report, "load average before: " + LoadReport.loadAverage());
            print(report, LoadReport.table("With think time", LoadRun.run(users, DemoAccounts.PASSWORD, thinking)));
            print(report, LoadReport.machine());
            var saturating = new LoadRun.Settings(warmUp, measured, Duration.ZERO, Duration.ZERO, 0);
            print(report, LoadReport.table("Saturation (no think time)", LoadRun.run(users, DemoAccounts.PASSWORD, saturating)));
            print(report, LoadReport.machine());
        }
        try {
            Files.writeString(Path.of("target", "load-bench.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(StringBuilder report, String text) {
        System.out.println(text);
        report.append(text).append(System.lineSeparator());
    }
}
