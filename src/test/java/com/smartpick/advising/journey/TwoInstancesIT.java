package com.smartpick.advising.journey;

import static com.smartpick.advising.jooq.Tables.UNSAVED_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.smartpick.advising.standalone.EmbeddedPostgresServers;
import com.smartpick.advising.support.Chromium;
import com.smartpick.advising.support.DemoPortal;
import com.smartpick.advising.support.Haproxy;
import com.smartpick.advising.support.PortalInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the production jar, each in a JVM of its own, on one PostgreSQL, behind HAProxy with sticky sessions
 * and health checks, as the README's "Running more than one instance" describes. Both start at once on the empty
 * database: the migrations run once and the demo data is loaded once. A student writing her personal statement is
 * served by one instance; that instance is stopped (gracefully, as an orchestrator stops it); her next keystroke
 * reaches the other, which does not know her session, so she signs in again there and is offered back the text she
 * had typed, which the first instance had kept in the database.
 *
 * <p>Skipped, saying why, where HAProxy or Chromium is not installed ({@code .ci/run} installs both) or the standalone
 * jar has not been built ({@code mvn verify} builds it before this test runs).
 */
class TwoInstancesIT {

    private static final String KEPT = "I learned to listen in a district hospital where the nearest CT was a day away.";
    private static final String LOST = " Typed while the instance stopped.";
    private static final Path WORK = Path.of("target", "two-instances");
    private static final String DEMO_LOADED = "Demo data loaded in";
    private static final String DEMO_THERE = "Demo data is already in the database";
    /** How Spring Boot's plain console pattern starts: a timestamp, then the level. */
    private static final Pattern PLAIN_LOG_LINE =
            Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\S+\\s+(TRACE|DEBUG|INFO|WARN|ERROR)\\b");

    @Test
    void a_student_whose_instance_stops_signs_in_on_the_other_and_is_offered_her_text_back() throws Exception {
        assumeTrue(Haproxy.installed(), "Skipped: the two-instance test needs HAProxy at " + Haproxy.BINARY
                + " (Debian: apt-get install haproxy; .ci/run installs it)");
        assumeTrue(Chromium.installed(), "Skipped: the two-instance test needs Chromium and chromedriver (Debian: "
                + "apt-get install chromium chromium-driver; .ci/run installs them)");
        Path jar = standaloneJar();
        DemoPortal.deleteRecursively(WORK);
        Files.createDirectories(WORK);

        try (EmbeddedPostgresServers.Lease postgres = EmbeddedPostgresServers.lease(WORK.resolve("pgdata").toString());
                PortalInstance a = PortalInstance.start("a", jar, postgres.server().getPort(), WORK);
                // the other with the README's switch to structured logs, as an operator would pass it
                PortalInstance b = PortalInstance.start("b", jar, postgres.server().getPort(), WORK,
                        "--logging.structured.format.console=ecs")) {
            for (PortalInstance instance : List.of(a, b)) {
                instance.awaitReady();
                instance.awaitLog(DEMO_LOADED, DEMO_THERE);
            }
            assertThat(Stream.of(a, b).filter(instance -> instance.log().contains(DEMO_LOADED)))
                    .as("the demo data is loaded by exactly one of the two instances started together").hasSize(1);
            assertLogsOneJsonObjectPerLine(b);
            assertThat(a.log().lines()).as("plain text unless switched")
                    .anyMatch(line -> PLAIN_LOG_LINE.matcher(line).find());

            try (Haproxy haproxy = Haproxy.start(WORK, a, b);
                    CloseableDSLContext db = DSL.using(EmbeddedPostgresServers.jdbcUrl(postgres.server()), "postgres", "");
                    BrowserSession student = new BrowserSession(haproxy.port)) {
                student.signInWithDemoAccount("student");
                StatementEditor.startNew(student, "Family Medicine");
                StatementEditor.type(student, KEPT);
                student.wait.until(d -> db.fetchExists(UNSAVED_TEXT, UNSAVED_TEXT.BODY.eq(KEPT)));

                PortalInstance serving = servingInstance(student, a, b);
                PortalInstance other = serving == a ? b : a;
                serving.stop();
                assertThat(serving.log()).as("stopped gracefully: running requests were let finish")
                        .contains("Commencing graceful shutdown", "Graceful shutdown complete");

                StatementEditor.type(student, LOST);
                student.signInOnThisPage("student");
                assertThat(servingInstance(student, a, b)).as("HAProxy sent her to the instance still running")
                        .isSameAs(other);
                student.open("/advising/statements");

                WebElement notice = StatementEditor.keptTextNotice(student);
                assertThat(notice.getText()).contains("was never saved", KEPT.length() + " characters");
                student.screenshot("two-instances-kept-text");
                StatementEditor.restoreKeptText(student, KEPT);
            }
        }
    }

    /**
     * Every event its logging wrote is one line holding an Elastic Common Schema object (ECS nests {@code log.level} as
     * {@code "log": {"level": …}}), the demo's message among them; no line is a plain-text log line.
     */
    private static void assertLogsOneJsonObjectPerLine(PortalInstance instance) {
        List<String> lines = instance.log().lines().toList();
        List<JsonNode> events = lines.stream().filter(line -> line.startsWith("{"))
                .map(line -> JsonMapper.shared().readTree(line)).toList();
        assertThat(events).as("JSON log lines of instance " + instance.name).hasSizeGreaterThan(10)
                .allSatisfy(event -> assertThat(event.has("@timestamp") && event.at("/log/level").isString()
                        && event.has("message")).as(event.toString()).isTrue());
        assertThat(events).as("the demo's message as an event").map(event -> event.get("message").asString())
                .anyMatch(message -> message.contains(DEMO_LOADED) || message.contains(DEMO_THERE));
        assertThat(lines).as("plain-text log lines").noneMatch(line -> PLAIN_LOG_LINE.matcher(line).find());
    }

    /** The instance HAProxy's cookie names: HAProxy sets it on the first answer and sends her there from then on. */
    private static PortalInstance servingInstance(BrowserSession browser, PortalInstance a, PortalInstance b) {
        Cookie server = browser.wait.until(d -> d.manage().getCookieNamed(Haproxy.COOKIE));
        return Objects.requireNonNull(server).getValue().equals(a.name) ? a : b;
    }

    private static Path standaloneJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("smartpick-advising-.*-standalone\\.jar"))
                    .toList();
            assumeTrue(jars.size() == 1, "Skipped: the two-instance test runs target/smartpick-advising-*-standalone.jar, "
                    + "which mvn package builds (found " + jars + ")");
            return jars.getFirst().toAbsolutePath();
        }
    }
}
