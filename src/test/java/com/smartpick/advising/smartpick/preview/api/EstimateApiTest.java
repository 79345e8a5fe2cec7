package com.smartpick.advising.smartpick.preview.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.smartpick.preview.PreviewRateLimiter;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.TryProfile;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.AdvisingTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API over real HTTP, in the standalone app's own security chain: anonymous, without a session or a CSRF
 * token. Each test is a client of its own, told apart by the address a proxy would forward (the launcher trusts
 * {@code X-Forwarded-For} from loopback), so the rate limit of one test never touches another.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
@ExtendWith(OutputCaptureExtension.class)
@ResourceLock(AdvisingTest.AUDIT_TRAIL_COUNT)
class EstimateApiTest {

    static final String GOOD = """
            {"specialty": "INTERNAL_MEDICINE", "step2ck": 240, "visa": "J1", "graduationYear": 2021,
             "handsOnUsceMonths": 4, "observershipMonths": 3, "usLetters": 2, "researchItems": 1, "attempts": 1,
             "applications": 40}""";
    static final TryProfile GOOD_PROFILE = new TryProfile(Specialty.INTERNAL_MEDICINE, 240, 1, 2021, VisaNeed.J1, 4, 3,
            2, 1, Set.of(), 40);
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @LocalServerPort int port;
    @Autowired PreviewService previews;
    @Autowired DSLContext db;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String client = "198.51.100." + CLIENTS.incrementAndGet();

    @Test
    void the_specialties_are_listed_by_code_with_nrmps_names() throws Exception {
        HttpResponse<String> listed = send(HttpRequest.newBuilder(uri("/advising/api/smartpick/specialties")).GET());

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(listed).valueStream().map(s -> Map.entry(s.get("code").stringValue(), s.get("name").stringValue())))
                .containsExactlyElementsOf(Arrays.stream(Specialty.values()).map(s -> Map.entry(s.name(), s.nrmpName())).toList())
                .contains(Map.entry("GENERAL_SURGERY", "Surgery-General"));
    }

    @Test
    void an_estimate_is_the_try_pages_preview_as_json_for_anyone_without_a_session_or_csrf_token(CapturedOutput log)
            throws Exception {
        HttpResponse<String> estimate = estimate(GOOD);

        assertThat(estimate.statusCode()).isEqualTo(200);
        assertThat(estimate.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(estimate.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        EstimateResponse answer = JsonMapper.shared().readValue(estimate.body(), EstimateResponse.class);
        assertThat(answer).isEqualTo(EstimateResponse.from(previews.preview("test-" + client, GOOD_PROFILE)));
        assertThat(answer.matchChance()).isBetween(answer.matchChanceLow(), answer.matchChanceHigh());
        assertThat(answer.matchChanceLow()).isGreaterThanOrEqualTo(0.0);
        assertThat(answer.matchChanceHigh()).isLessThanOrEqualTo(1.0);
        assertThat(answer.applications()).isEqualTo(answer.entries().size()).isBetween(1, 40);
        assertThat(answer.cost()).isPositive();
        assertThat(answer.entries()).allSatisfy(entry -> {
            assertThat(entry.programId()).startsWith("IM-");
            assertThat(entry.program()).isNotBlank();
            assertThat(entry.state()).hasSize(2);
            assertThat(entry.tier()).isIn("LIKELY", "TARGET", "REACH");
            assertThat(entry.interviewChance()).isBetween(0.0, 1.0);
        });
        assertThat(log.getAll()).as("nothing about the caller is logged").doesNotContain(client);
    }

    @Test
    void observership_months_and_the_budget_reach_the_engine() throws Exception {
        JsonNode none = json(estimate(GOOD.replace("\"observershipMonths\": 3", "\"observershipMonths\": 0")));
        JsonNode six = json(estimate(GOOD.replace("\"observershipMonths\": 3", "\"observershipMonths\": 6")));
        JsonNode twelve = json(estimate(GOOD.replace("\"applications\": 40", "\"applications\": 12")));

        assertThat(six.get("expectedInterviews").doubleValue()).isGreaterThan(none.get("expectedInterviews").doubleValue());
        assertThat(none.get("applications").intValue()).isGreaterThan(12);
        assertThat(twelve.get("applications").intValue()).isLessThanOrEqualTo(12);
        assertThat(twelve.get("entries")).hasSize(twelve.get("applications").intValue());
    }

    @Test
    void each_bad_field_is_named_with_a_message_of_its_own() throws Exception {
        HttpResponse<String> refused = estimate("""
                {"specialty": "CARDIOLOGY", "step2ck": "240", "visa": "F1", "graduationYear": 1900,
                 "handsOnUsceMonths": null, "observershipMonths": -1, "usLetters": 11,
                 "researchItems": 99999999999999999999, "attempts": 2.5, "step2Ck": 240}""");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.get("status").intValue()).isEqualTo(400);
        assertThat(problem.get("detail").stringValue()).startsWith("Some fields are missing or wrong");
        Map<String, String> errors = new LinkedHashMap<>();
        problem.get("errors").properties().forEach(e -> errors.put(e.getKey(), e.getValue().stringValue()));
        assertThat(errors).containsOnly(
                Map.entry("specialty", "Unknown specialty code: use a code from GET /advising/api/smartpick/specialties."),
                Map.entry("step2ck", "Give a whole number (a JSON number without a fraction or quotes)."),
                Map.entry("visa", "Give one of NONE, J1, H1B, EITHER."),
                Map.entry("attempts", "Give a whole number (a JSON number without a fraction or quotes)."),
                Map.entry("step2Ck", "Not a field of this request."),
                Map.entry("graduationYear", "Give your year of graduation, from 1970 to " + (java.time.Year.now().getValue() + 6) + "."),
                Map.entry("handsOnUsceMonths", "Give your months of hands-on US clinical experience, from 0 to 60."),
                Map.entry("observershipMonths", "Give your months of US observerships, from 0 to 60."),
                Map.entry("usLetters", "Give your letters from US physicians, from 0 to 10."),
                Map.entry("researchItems", "Give your research items, from 0 to 100."),
                Map.entry("applications", "Give how many programs you can apply to, from 1 to 150."));
    }

    @Test
    void a_body_that_is_not_one_json_object_is_refused_whole() throws Exception {
        Map<String, String> bodies = Map.of(
                "{\"specialty\": ", "The body is not valid JSON (line 1, column 15): send one JSON object, each field once.",
                GOOD.replace("\"attempts\": 1", "\"attempts\": 1, \"attempts\": 2"), "The body is not valid JSON",
                "[" + GOOD + "]", "Send one JSON object with the request's fields.",
                "", "Send one JSON object with the request's fields.");
        bodies.forEach((body, message) -> {
            HttpResponse<String> refused = estimate(body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(json(refused).get("errors").get("body").stringValue()).as(body).startsWith(message);
        });

        HttpResponse<String> tooLong = estimate(GOOD.replace("}", ", \"padding\": \"" + "x".repeat(EstimateRequest.MAX_BYTES) + "\"}"));
        assertThat(tooLong.statusCode()).isEqualTo(413);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(tooLong).get("detail").stringValue()).isEqualTo("A request body is at most 4096 bytes.");
    }

    @Test
    void a_wrong_method_is_405_and_a_body_that_is_not_json_415() throws Exception {
        HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/advising/api/smartpick/estimate"))
                .header("Accept", "application/json").GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(get.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(get).get("status").intValue()).isEqualTo(405);
        assertThat(send(HttpRequest.newBuilder(uri("/advising/api/smartpick/specialties"))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).as("no CSRF refusal first").isEqualTo(405);

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/advising/api/smartpick/estimate"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("a=1")));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(form.headers().firstValue("Accept")).hasValue("application/json");
        assertThat(json(form).get("title").stringValue()).isEqualTo("Unsupported Media Type");
    }

    @Test
    void a_client_over_the_rate_limit_is_told_when_to_come_back_and_refused_requests_cost_nothing() throws Exception {
        for (int i = 0; i < PreviewRateLimiter.CAPACITY + 2; i++) {
            assertThat(estimate(GOOD.replace("\"visa\": \"J1\"", "\"visa\": \"F1\"")).statusCode()).isEqualTo(400);
        }
        for (int i = 0; i < PreviewRateLimiter.CAPACITY; i++) {
            assertThat(estimate(GOOD).statusCode()).as("estimate %d", i + 1).isEqualTo(200);
        }

        HttpResponse<String> limited = estimate(GOOD);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).get().extracting(Integer::parseInt)
                .satisfies(seconds -> assertThat(seconds).isBetween(1, PreviewRateLimiter.REFILL_SECONDS));
        assertThat(json(limited).get("detail").stringValue()).startsWith("That was a lot of previews in a short time.");
        assertThat(estimate("203.0.113." + CLIENTS.incrementAndGet(), GOOD).statusCode()).as("another client").isEqualTo(200);
    }

    @Test
    void nothing_is_stored_but_the_rate_limits_count_of_the_address() {
        Map<String, Integer> before = rowsPerTable();

        assertThat(estimate(GOOD).statusCode()).isEqualTo(200);
        assertThat(estimate("{}").statusCode()).isEqualTo(400);
        assertThat(estimate(GOOD.replace("240", "2400")).statusCode()).isEqualTo(400);

        Map<String, Integer> after = rowsPerTable();
        // the limit's buckets come and go with every client's previews; this client's is there for a minute
        after.remove("preview_allowance");
        before.remove("preview_allowance");
        assertThat(after).isEqualTo(before);
        assertThat(db.fetchExists(DSL.table(DSL.name("advising", "preview_allowance")),
                DSL.field(DSL.name("client")).eq(client))).isTrue();
    }

    private Map<String, Integer> rowsPerTable() {
        List<String> tables = db.fetch("select table_name from information_schema.tables where table_schema = 'advising' "
                + "and table_type = 'BASE TABLE'").getValues(0, String.class);
        assertThat(tables).hasSizeGreaterThan(10);
        Map<String, Integer> rows = new LinkedHashMap<>();
        tables.forEach(table -> rows.put(table, db.fetchCount(DSL.table(DSL.name("advising", table)))));
        return rows;
    }

    private HttpResponse<String> estimate(String body) {
        return estimate(client, body);
    }

    private HttpResponse<String> estimate(String client, String body) {
        return send(client, HttpRequest.newBuilder(uri("/advising/api/smartpick/estimate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(client, request);
    }

    private HttpResponse<String> send(String client, HttpRequest.Builder request) {
        try {
            return http.send(request.header("X-Forwarded-For", client).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
