package com.smartpick.advising.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo sign-in form over real HTTP, as an attacker would send it: posting from another site, forging the
 * {@code Host} header; and the session cookie a browser is given.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class SignInHardeningTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort int port;

    @Test
    void a_sign_in_post_from_another_site_without_the_csrf_token_is_refused_and_signs_no_one_in() {
        String session = newSession().session();

        RawHttp.Response forged = RawHttp.send(port, """
                POST /advising/login HTTP/1.1
                Host: localhost:%d
                Origin: http://evil.example
                Cookie: JSESSIONID=%s
                Accept: text/html
                Content-Type: application/x-www-form-urlencoded
                """.formatted(port, session), "username=advisor&password=" + SecurityConfiguration.DEMO_PASSWORD);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("<h1 id=\"error-heading\">Not allowed</h1>");
        assertThat(get("/advising/cohorts", session).header("Location")).hasValue("/advising/login");
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_secure_once_a_tls_proxy_says_https() {
        String plain = get("/advising/login", null).header("Set-Cookie").orElseThrow();
        String behindTls = RawHttp.send(port, """
                GET /advising/login HTTP/1.1
                Host: localhost:%d
                X-Forwarded-Proto: https
                """.formatted(port)).header("Set-Cookie").orElseThrow();

        assertThat(plain).contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(behindTls).contains("SameSite=Lax").contains("Secure");
    }

    @Test
    void a_forged_host_header_steers_no_redirect() {
        String evil = "evil.example";
        RawHttp.Response toLogin = RawHttp.send(port, "GET /advising/cohorts HTTP/1.1\nHost: " + evil);
        String session = SESSION.matcher(toLogin.header("Set-Cookie").orElseThrow()).results().findFirst().orElseThrow()
                .group(1);
        String token = csrfToken(RawHttp.send(port, "GET /advising/login HTTP/1.1\nHost: " + evil + "\nCookie: JSESSIONID="
                + session).body());
        RawHttp.Response failed = post(evil, "/advising/login", session, "username=advisor&password=wrong&_csrf=" + encode(token));
        RawHttp.Response signedIn = post(evil, "/advising/login", session,
                "username=advisor&password=" + SecurityConfiguration.DEMO_PASSWORD + "&_csrf=" + encode(token));
        String newSession = SESSION.matcher(signedIn.header("Set-Cookie").orElseThrow()).results().findFirst()
                .orElseThrow().group(1);
        String newToken = csrfToken(RawHttp.send(port, "GET /advising/login HTTP/1.1\nHost: " + evil
                + "\nCookie: JSESSIONID=" + newSession).body());
        RawHttp.Response signedOut = post(evil, "/logout", newSession, "_csrf=" + encode(newToken));

        assertThat(toLogin.header("Location")).hasValue("/advising/login");
        assertThat(failed.header("Location")).hasValue("/advising/login?error");
        assertThat(signedIn.header("Location").orElseThrow()).startsWith("/advising/cohorts");
        assertThat(signedOut.header("Location")).hasValue("/advising/login?logout");
    }

    private record Visit(String session, String csrfToken) {
    }

    private Visit newSession() {
        RawHttp.Response page = get("/advising/login", null);
        return new Visit(SESSION.matcher(page.header("Set-Cookie").orElseThrow()).results().findFirst().orElseThrow()
                .group(1), csrfToken(page.body()));
    }

    private RawHttp.Response get(String path, String session) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\nHost: localhost:" + port
                + (session == null ? "" : "\nCookie: JSESSIONID=" + session));
    }

    private RawHttp.Response post(String host, String path, String session, String form) {
        return RawHttp.send(port, """
                POST %s HTTP/1.1
                Host: %s
                Cookie: JSESSIONID=%s
                Content-Type: application/x-www-form-urlencoded
                """.formatted(path, host, session), form);
    }

    private static String csrfToken(String page) {
        Matcher token = CSRF_TOKEN.matcher(page);
        return token.find() ? token.group(1) : "";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
