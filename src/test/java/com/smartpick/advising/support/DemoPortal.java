package com.smartpick.advising.support;

import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.standalone.StandaloneApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The standalone portal as the benchmarks measure it in a browser: in this JVM, on a random port, on a fresh demo
 * database (its embedded PostgreSQL in a folder of its own, emptied first), with the {@link StatementCounter} on its
 * jOOQ. Close it when done.
 */
public final class DemoPortal {

    private DemoPortal() {
    }

    /** Starts the portal on a demo database made again in {@code dataDir}. */
    public static ConfigurableApplicationContext start(Path dataDir) {
        deleteRecursively(dataDir);
        return SpringApplication.run(new Class<?>[] {StandaloneApplication.class, StatementCounter.Registration.class},
                new String[] {"--server.port=0", "--advising.embedded-db.data-dir=" + dataDir, "--logging.level.root=WARN"});
    }

    /** The port the portal listens on. */
    public static int port(ConfigurableApplicationContext portal) {
        return ((WebServerApplicationContext) portal).getWebServer().getPort();
    }

    /** A demo person by subject ({@code demo:advisor}, {@code demo:student03}, …). */
    public static Viewer viewer(DSLContext db, String subject) {
        var person = db.selectFrom(PERSON).where(PERSON.SUBJECT.eq(subject)).fetchSingle();
        return new Viewer(person.getId(), person.getDisplayName(),
                Arrays.stream(person.getRoles()).map(Role::valueOf).collect(Collectors.toSet()));
    }

    /**
     * The first student of the demo advisor's cohort after Sofia whose profile lets SmartPick run (signed in as someone
     * who sees them, the advisor): her sign-in name is her subject without {@code demo:}.
     */
    public static Viewer studentWithProfileReady(DSLContext db, RankedListService lists) {
        return Stream.iterate(3, i -> i <= 40, i -> i + 2)
                .map(i -> viewer(db, "demo:student%02d".formatted(i)))
                .filter(student -> lists.setup(student.personId()).profileReady()).findFirst().orElseThrow();
    }

    /** The name a demo person signs in with: her subject without {@code demo:}. */
    public static String signInName(DSLContext db, long personId) {
        return db.select(PERSON.SUBJECT).from(PERSON).where(PERSON.ID.eq(personId)).fetchSingle(PERSON.SUBJECT)
                .substring("demo:".length());
    }

    /** The machine's load average over the last minute, for the printout. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Deletes the folder and everything in it, if it exists. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
