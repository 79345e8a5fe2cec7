package com.smartpick.advising.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real HTTP responses of the running portal (Tomcat on a random port, the standalone launcher's security): the
 * headers a browser gets, Spring's CSRF check on plain form posts, and Spring's {@code /error} page.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class SecurityHeadersTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void every_page_carries_the_security_headers() throws Exception {
        HttpResponse<String> page = get("/advising/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Security-Policy"))
                .contains("default-src 'self'", "connect-src 'self';", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'", "frame-ancestors 'none'");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(page, "Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        // over plain HTTP a browser ignores HSTS, so it is not sent
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behind_a_tls_proxy_the_portal_asks_browsers_to_use_https_only() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/advising/login"))
                .header("X-Forwarded-Proto", "https").GET().build());

        assertThat(header(page, "Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
    }

    /** Spring's CSRF check on a plain form post (the sign-in form's own: {@code SignInHardeningTest}). */
    @Test
    void a_sign_out_post_without_the_csrf_token_is_refused_on_the_apps_own_error_page() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertAppErrorPage(refused, "Not allowed");
    }

    @Test
    void a_missing_static_file_gets_the_apps_not_found_page_never_the_whitelabel_page() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/VAADIN/no-such-file.js"))
                .header("Accept", "text/html").GET().build());

        assertThat(missing.statusCode()).isEqualTo(404);
        assertAppErrorPage(missing, "Page not found");
    }

    private static void assertAppErrorPage(HttpResponse<String> response, String heading) {
        assertThat(response.body())
                .contains("SmartPick Advising", "<h1 id=\"error-heading\">" + heading + "</h1>", "/themes/advising/styles.css")
                .doesNotContain("Whitelabel", "Exception", "at com.", "at org.");
        assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
