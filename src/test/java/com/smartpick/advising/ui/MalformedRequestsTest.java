package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.RawHttp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests nobody's browser sends, over real HTTP: what they answer, and what they cost the log. Anyone can send
 * them in a loop, so each may write one line at most, never a stack trace; and a page Tomcat itself refuses still
 * carries the security headers and the app's plain error page.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsTest {

    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

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

    @Test
    void a_request_tomcat_refuses_gets_the_security_headers_and_the_plain_error_page_and_leaves_no_trace(CapturedOutput log) {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("a NUL in the path", "GET /advising/%00");
        refused.put("an encoded slash", "GET /advising/a%2Fb");
        refused.put("an encoded backslash", "GET /advising/a%5Cb");
        refused.put("a broken escape", "GET /advising/%ZZ");
        refused.put("an over-long path", "GET /advising/" + "a".repeat(10_000));
        refused.put("a path Spring's firewall refuses", "GET /advising/%2e%2e/x");
        refused.put("a path parameter", "GET /advising/;x=1");
        send("GET /advising/login", ""); // the first request Spring serves starts its DispatcherServlet, in three log lines
        refused.forEach((what, requestLine) -> {
            RawHttp.Response page = logged(log, 1, () -> send(requestLine, "Accept: text/html"));

            assertThat(page.status()).as(what).isBetween(400, 404);
            assertSecurityHeaders(page, what);
            assertThat(page.body()).as(what).contains("SmartPick Advising", "class=\"plain-error\"", "error-heading")
                    .doesNotContain("Apache Tomcat", "Exception", "HTTP Status");
        });
        RawHttp.Response hugeHeader = logged(log, 1, () -> send("GET /advising/login", "X-Big: " + "b".repeat(20_000)));
        assertThat(hugeHeader.status()).isEqualTo(400);
        assertSecurityHeaders(hugeHeader, "an over-long header");
        assertThat(hugeHeader.body()).contains("class=\"plain-error\"");
    }

    @Test
    void malformed_vaadin_requests_log_one_line_each_and_never_a_stack_trace(CapturedOutput log) {
        RawHttp.Response init = send("GET /?v-r=init&location=advising%2Flogin&query=", "");
        String cookie = "Cookie: JSESSIONID=" + session(init);
        String key = field(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"");
        String ui = field(init.body(), "\"v-uiId\":(\\d+)");
        String uidl = "POST /?v-r=uidl&v-uiId=" + ui;
        String json = cookie + "\nContent-Type: application/json; charset=UTF-8";
        Map<String, Supplier<RawHttp.Response>> malformed = new LinkedHashMap<>();
        malformed.put("a body that is not JSON", () -> send(uidl, json, "garbage"));
        malformed.put("JSON cut short", () -> send(uidl, json, "{\"csrfToken\":\"" + key + "\",\"rpc\":["));
        malformed.put("JSON nested too deep", () -> send(uidl, json, "[".repeat(5000)));
        malformed.put("a sync id that is no number", () -> send(uidl, json,
                "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":\"x\",\"clientId\":\"y\"}"));
        malformed.put("an invocation of an unknown type", () -> send(uidl, json,
                "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"nope\"}],\"syncId\":0,\"clientId\":0}"));
        malformed.put("a UI id that is no number", () -> send("POST /?v-r=uidl&v-uiId=abc", json,
                "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"));
        malformed.put("an unknown UI id", () -> send("POST /?v-r=uidl&v-uiId=999", json,
                "{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}"));
        malformed.put("a heartbeat for a UI id that is no number", () -> send("POST /?v-r=heartbeat&v-uiId=x", cookie));
        malformed.put("a heartbeat for an unknown UI", () -> send("POST /?v-r=heartbeat&v-uiId=999", cookie));
        malformed.put("an unknown request type", () -> send("GET /?v-r=no-such-type", cookie));
        malformed.put("an init without its location", () -> send("GET /?v-r=init", cookie));

        malformed.forEach((what, request) -> {
            RawHttp.Response response = logged(log, 1, request);
            assertThat(response.status()).as(what).isLessThan(500);
        });
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

    private static void assertSecurityHeaders(RawHttp.Response page, String what) {
        assertThat(page.header("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(page.header("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(page.header("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(page.header("Referrer-Policy")).as(what).hasValue("strict-origin-when-cross-origin");
        assertThat(page.header("Permissions-Policy")).as(what).isPresent();
    }

    private RawHttp.Response send(String requestLine, String headers, String body) {
        return RawHttp.send(port, requestLine + " HTTP/1.1\nHost: localhost:" + port
                + (headers.isEmpty() ? "" : "\n" + headers), body);
    }

    private RawHttp.Response send(String requestLine, String headers) {
        return send(requestLine, headers, "");
    }

    private static String session(RawHttp.Response response) {
        return field(response.header("Set-Cookie").orElseThrow(), SESSION.pattern());
    }

    private static String field(String text, String pattern) {
        Matcher match = Pattern.compile(pattern).matcher(text);
        assertThat(match.find()).as("%s in %s", pattern, text).isTrue();
        return match.group(1);
    }
}
