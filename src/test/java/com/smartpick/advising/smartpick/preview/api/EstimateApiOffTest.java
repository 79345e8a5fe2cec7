package com.smartpick.advising.smartpick.preview.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With Try SmartPick switched off, or SmartPick with it, the API's endpoints are not there: a client is told so (404),
 * neither sent to sign in nor answered with Vaadin's page.
 */
class EstimateApiOffTest {

    @Nested
    @SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"advising.embedded-db.data-dir=", "advising.features.try.enabled=false"})
    class TryOff extends NotThere {
    }

    @Nested
    @SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = {"advising.embedded-db.data-dir=", "advising.features.smartpick.enabled=false"})
    class SmartPickOff extends NotThere {
    }

    abstract static class NotThere {

        @LocalServerPort int port;

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        @Test
        void the_endpoints_answer_not_found() throws Exception {
            HttpResponse<String> estimate = http.send(HttpRequest.newBuilder(uri("/advising/api/smartpick/estimate"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(EstimateApiTest.GOOD))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> specialties = http.send(HttpRequest.newBuilder(uri("/advising/api/smartpick/specialties"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());

            for (HttpResponse<String> response : java.util.List.of(estimate, specialties)) {
                assertThat(response.statusCode()).as(response.uri().getPath()).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                JsonNode problem = JsonMapper.shared().readTree(response.body());
                assertThat(problem.get("instance").stringValue()).isEqualTo(response.uri().getPath());
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
