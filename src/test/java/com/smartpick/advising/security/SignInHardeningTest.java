package com.smartpick.advising.security;

import com.smartpick.advising.standalone.demo.DemoAccounts;
import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.SIGN_IN_THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo sign-in form over real HTTP, as an attacker would send it: guessing passwords fast, posting from another
 * site, forging the {@code Host} header; and the session cookie a browser is given. Client addresses are told apart
 * by {@code X-Forwarded-For}, which the launcher trusts from a local proxy ({@code server.forward-headers-strategy}).
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class SignInHardeningTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort int port;
    @Autowired DSLContext db;

    /** Pauses outlive a test otherwise, and every test of this JVM signs in from the same address. */
    @AfterEach
    void forgetFailedSignIns() {
        db.deleteFrom(SIGN_IN_THROTTLE).execute();
    }

    @Test
    void thirty_wrong_passwords_in_a_second_then_the_right_one_is_refused_and_told_how_long_to_wait() {
        String client = "203.0.113.10";
        for (int i = 0; i < 30; i++) {
            assertThat(signIn(client, "advisor2", "wrong-" + i).header("Location")).isNotEqualTo("/advising");
        }

        RawHttp.Response right = signIn(client, "advisor2", DemoAccounts.PASSWORD);

        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location").orElseThrow()).matches("/advising/login\\?wait=([1-9]|[12][0-9]|30)");
        assertThat(db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("signin.pause"))
                .and(AUDIT_EVENT.ACTOR_NAME.eq("visitor at " + client)).fetch())
                .as("the pause is in the audit trail, once, naming the account and the address")
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.getSubjectType()).isEqualTo("person");
                    assertThat(event.getSubjectId()).isNotNull();
                    assertThat(event.getDetail()).contains("5 wrong passwords");
                });
    }

    @Test
    void an_address_guessing_across_many_accounts_is_paused_and_its_own_good_sign_ins_do_not_lift_that() {
        String client = "203.0.113.20";
        for (int i = 0; i < 29; i++) {
            signIn(client, "no-such-user-" + i, "guess");
        }
        assertThat(signIn(client, "student2", DemoAccounts.PASSWORD).header("Location"))
                .hasValue("/advising");
        signIn(client, "no-such-user-29", "guess");

        assertThat(signIn(client, "student2", DemoAccounts.PASSWORD).header("Location").orElseThrow())
                .startsWith("/advising/login?wait=");
        assertThat(signIn("203.0.113.21", "student2", DemoAccounts.PASSWORD).header("Location"))
                .as("another address is not paused by this one").hasValue("/advising");
    }

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
                """.formatted(port, session), "username=advisor&password=" + DemoAccounts.PASSWORD);

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
        String session = sessionOf(toLogin);
        String token = encode(loginPageToken(evil, session));
        RawHttp.Response failed = post(evil, "/advising/login", session, "username=advisor&password=wrong&_csrf=" + token);
        RawHttp.Response signedIn = post(evil, "/advising/login", session,
                "username=advisor&password=" + DemoAccounts.PASSWORD + "&_csrf=" + token);
        String signedInSession = sessionOf(signedIn);
        RawHttp.Response signedOut = post(evil, "/logout", signedInSession,
                "_csrf=" + encode(loginPageToken(evil, signedInSession)));

        assertThat(toLogin.header("Location")).hasValue("/advising/login");
        assertThat(failed.header("Location")).hasValue("/advising/login?error");
        assertThat(signedIn.header("Location").orElseThrow()).startsWith("/advising/cohorts");
        assertThat(signedOut.header("Location")).hasValue("/advising/login?logout");
    }

    private record Visit(String session, String csrfToken) {
    }

    private Visit newSession() {
        RawHttp.Response page = get("/advising/login", null);
        return new Visit(sessionOf(page), csrfToken(page.body()));
    }

    private String loginPageToken(String host, String session) {
        return csrfToken(RawHttp.send(port, "GET /advising/login HTTP/1.1\nHost: " + host
                + "\nCookie: JSESSIONID=" + session).body());
    }

    private static String sessionOf(RawHttp.Response response) {
        return SESSION.matcher(response.header("Set-Cookie").orElseThrow()).results().findFirst().orElseThrow().group(1);
    }

    /** The demo form's post, token included as the browser's form sends it, from the given client address. */
    private RawHttp.Response signIn(String client, String username, String password) {
        Visit visit = newSession();
        return RawHttp.send(port, """
                POST /advising/login HTTP/1.1
                Host: localhost:%d
                X-Forwarded-For: %s
                Cookie: JSESSIONID=%s
                Content-Type: application/x-www-form-urlencoded
                """.formatted(port, client, visit.session()), "username=" + encode(username) + "&password="
                + encode(password) + "&_csrf=" + encode(visit.csrfToken()));
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
