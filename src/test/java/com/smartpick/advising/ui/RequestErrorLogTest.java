package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.PublicEndpoint;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A failure nobody handled in a Spring MVC request, over real HTTP: the app's 500 page, and one log event naming the
 * method, the path and the exception, not a stack trace from each layer it passed through.
 */
@SpringBootTest(classes = {StandaloneApplication.class, RequestErrorLogTest.FailingEndpoint.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "advising.embedded-db.data-dir=")
@ExtendWith(OutputCaptureExtension.class)
class RequestErrorLogTest {

    static final String PATH = "/test-failure/endpoint";
    static final String FAILURE = "boom from a controller";

    @LocalServerPort int port;

    @Test
    void an_unhandled_exception_in_a_request_is_logged_once_with_its_method_and_path(CapturedOutput log) {
        RawHttp.Response answer = RawHttp.send(port, "GET " + PATH + "?q=1 HTTP/1.1\nHost: localhost:" + port
                + "\nAccept: text/html");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.body()).contains("Something went wrong on our side").doesNotContain(FAILURE);
        assertThat(log.getAll().lines().filter(line -> line.contains(FAILURE)))
                .as("the exception's message, once: in the one event's stack trace").hasSize(1);
        assertThat(log.getAll().lines().filter(line -> line.contains("GET " + PATH + " failed")))
                .singleElement().asString().contains("ERROR");
        assertThat(log.getAll()).doesNotContain("Servlet.service()");
    }

    @RestController
    static class FailingEndpoint {

        @GetMapping(PATH)
        String fail() {
            throw new IllegalStateException(FAILURE);
        }

        @Bean
        PublicEndpoint failingEndpoint() {
            return new PublicEndpoint(PATH);
        }
    }
}
