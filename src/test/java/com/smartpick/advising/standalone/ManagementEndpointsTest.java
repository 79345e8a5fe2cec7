package com.smartpick.advising.standalone;

import static com.smartpick.advising.jooq.Tables.SIGN_IN_THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.demo.DemoAccounts;
import com.smartpick.advising.support.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Actuator as the launcher runs it, over real HTTP: health, probes, build info and Prometheus on the management port,
 * and nothing of it on the app's port, not even for a signed-in user.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class ManagementEndpointsTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort int port;
    @LocalManagementPort int managementPort;
    @Autowired DSLContext db;

    @AfterEach
    void forgetFailedSignIns() {
        db.deleteFrom(SIGN_IN_THROTTLE).execute();
    }

    @Test
    void health_liveness_and_readiness_answer_up_with_the_database_in_readiness_only() {
        assertThat(managementPort).isNotEqualTo(port);
        JsonNode health = managementJson("/actuator/health");
        JsonNode liveness = managementJson("/actuator/health/liveness");
        JsonNode readiness = managementJson("/actuator/health/readiness");

        assertThat(health.get("status").stringValue()).isEqualTo("UP");
        assertThat(liveness.get("status").stringValue()).isEqualTo("UP");
        assertThat(readiness.get("status").stringValue()).isEqualTo("UP");
        assertThat(readiness.get("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "db");
        assertThat(readiness.at("/components/db/details/database").stringValue()).isEqualTo("PostgreSQL");
    }

    @Test
    void info_names_the_version_and_the_commit_it_was_built_from() {
        JsonNode info = managementJson("/actuator/info");

        assertThat(info.at("/build/version").stringValue()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.at("/build/artifact").stringValue()).isEqualTo("smartpick-advising");
        if (Files.exists(Path.of(".git"))) {
            assertThat(info.at("/git/commit/id").stringValue()).as("built from a clone: the commit").matches("[0-9a-f]{7,40}");
        }
    }

    @Test
    void prometheus_has_the_advising_meters_after_a_smartpick_run_and_a_failed_sign_in() {
        RawHttp.Response estimate = RawHttp.send(port, """
                POST /advising/api/smartpick/estimate HTTP/1.1
                Host: localhost:%d
                X-Forwarded-For: 198.51.100.200
                Content-Type: application/json
                """.formatted(port), """
                {"specialty": "INTERNAL_MEDICINE", "step2ck": 240, "visa": "J1", "graduationYear": 2021,
                 "handsOnUsceMonths": 4, "observershipMonths": 3, "usLetters": 2, "researchItems": 1, "attempts": 1,
                 "applications": 40}""");
        assertThat(estimate.status()).isEqualTo(200);
        assertThat(signIn("no-such-account", "wrong").header("Location")).hasValue("/advising/login?error");

        String scrape = RawHttp.send(managementPort, "GET /actuator/prometheus HTTP/1.1\nHost: localhost").body();

        assertThat(count(scrape, "advising_smartpick_runs_seconds_count{caller=\"try\"}")).isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("advising_smartpick_runs_seconds_sum{caller=\"try\"}",
                "advising_smartpick_runs_seconds_count{caller=\"ranked-list\"}");
        assertThat(count(scrape, "advising_signin_failures_total{exception=\"BadCredentialsException\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape).contains("advising_outbox_backlog ", "advising_sessions_active ");
        assertThat(count(scrape, "advising_sessions_active")).as("the sign-in page opened a session")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_signed_in_student_reads_none_of_the_endpoints_on_the_apps_port() {
        String student = sessionOf(signIn("student2", DemoAccounts.PASSWORD));
        assertThat(RawHttp.send(managementPort, "GET /actuator/prometheus HTTP/1.1\nHost: localhost").body())
                .contains("advising_");

        for (String endpoint : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/info", "/actuator"}) {
            RawHttp.Response answer = RawHttp.send(port, "GET " + endpoint + " HTTP/1.1\nHost: localhost:" + port
                    + "\nCookie: JSESSIONID=" + student);
            // Vaadin's page (its "page not found" once the page runs), not the endpoint
            assertThat(answer.header("Content-Type").orElseThrow()).as(endpoint).startsWith("text/html");
            assertThat(answer.body()).as(endpoint).contains("<html")
                    .doesNotContain("# HELP", "advising_", "jvm_", "\"status\"", "\"commit\"");
        }
    }

    private JsonNode managementJson(String path) {
        RawHttp.Response answer = RawHttp.send(managementPort, "GET " + path + " HTTP/1.1\nHost: localhost");
        assertThat(answer.status()).as(path).isEqualTo(200);
        return JsonMapper.shared().readTree(answer.body());
    }

    /** The value of one sample line of a Prometheus scrape. */
    private static double count(String scrape, String sample) {
        return scrape.lines().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(sample.length() + 1))).orElse(-1.0);
    }

    /** The demo form's post, with the CSRF token its page carries. */
    private RawHttp.Response signIn(String username, String password) {
        RawHttp.Response page = RawHttp.send(port, "GET /advising/login HTTP/1.1\nHost: localhost:" + port);
        Matcher token = CSRF_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the login page's token: %d %s", page.status(), page.body()).isTrue();
        return RawHttp.send(port, """
                POST /advising/login HTTP/1.1
                Host: localhost:%d
                Cookie: JSESSIONID=%s
                Content-Type: application/x-www-form-urlencoded
                """.formatted(port, sessionOf(page)), "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(token.group(1)));
    }

    private static String sessionOf(RawHttp.Response response) {
        return SESSION.matcher(response.header("Set-Cookie").orElseThrow()).results().findFirst().orElseThrow().group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
