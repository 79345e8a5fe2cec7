package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.RawHttp;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests nobody's browser sends, over real HTTP: what they answer, and what they cost the log. Anyone can send
 * them in a loop, so each may write one line at most, never a stack trace.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest {

    @LocalServerPort int port;

    @Test
    void a_missing_file_under_themes_answers_not_found_and_logs_nothing(CapturedOutput log) {
        // also the first request of the test, which has the dispatcher servlet log its start
        assertThat(send("GET /themes/advising/styles.css", "").status()).isEqualTo(200);

        for (String path : new String[] {"/themes/advising/no-such.css", "/themes/no-such-theme/x.css"}) {
            RawHttp.Response missing = logged(log, 0, () -> send("GET " + path, "Accept: text/css,*/*;q=0.1"));

            assertThat(missing.status()).as(path).isEqualTo(404);
        }
    }

    /** Runs the request and checks it wrote at most {@code lines} lines to the log, none of them a stack frame. */
    private static RawHttp.Response logged(CapturedOutput log, int lines, Supplier<RawHttp.Response> request) {
        int before = log.getAll().length();
        RawHttp.Response response = request.get();
        String written = log.getAll().substring(before);
        assertThat(written.lines().filter(line -> !line.isBlank()).count())
                .as("log lines written by a request, which were:%n%s", written).isLessThanOrEqualTo(lines);
        assertThat(written).doesNotContain("\tat ").doesNotContainPattern("(?m)^[\\w.$]+(Exception|Error)\\b");
        return response;
    }

    private RawHttp.Response send(String requestLine, String headers, String body) {
        return RawHttp.send(port, requestLine + " HTTP/1.1\nHost: localhost:" + port
                + (headers.isEmpty() ? "" : "\n" + headers), body);
    }

    private RawHttp.Response send(String requestLine, String headers) {
        return send(requestLine, headers, "");
    }
}
