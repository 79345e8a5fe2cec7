package com.smartpick.advising.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The unsubscribe link over real HTTP, in the standalone app's own security chain: no session, no CSRF token, as a mail
 * client's one-click unsubscribe (RFC 8058) or a person opening the link in a browser signed in as no one.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class UnsubscribeEndpointTest {

    @LocalServerPort int port;
    @Autowired DSLContext db;
    @Autowired UnsubscribeLinks links;
    @Autowired InboxService inbox;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void opening_the_link_only_asks_and_the_button_or_a_mail_clients_post_unsubscribes() throws Exception {
        Viewer student = new TestData(db).person("Link Student", Role.STUDENT);
        String token = links.token(student.personId(), NotificationKind.FEEDBACK.code());

        HttpResponse<String> opened = send(HttpRequest.newBuilder(uri("?token=" + token)).GET());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(opened.body()).contains("<form method=\"post\" action=\"unsubscribe\">", "value=\"" + token + "\"", "Stop these e-mails");
        assertThat(delivery(student)).as("a GET, as a mail scanner's, changes nothing").isEqualTo(Delivery.IMMEDIATE);

        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("?token=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")));
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("You will get no more e-mails about &quot;Feedback for you&quot;");
        assertThat(delivery(student)).isEqualTo(Delivery.IN_APP);
    }

    @Test
    void a_tampered_link_is_refused_and_what_it_carries_is_never_echoed_unescaped() throws Exception {
        Viewer student = new TestData(db).person("Tamper Student", Role.STUDENT);
        String token = links.token(student.personId(), NotificationKind.FEEDBACK.code());
        String tampered = token.substring(0, token.length() - 3) + "AAA";

        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri(""))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + tampered)));
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("not valid");
        assertThat(delivery(student)).isEqualTo(Delivery.IMMEDIATE);

        HttpResponse<String> hostile = send(HttpRequest.newBuilder(uri("?token="
                + URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8))).GET());
        assertThat(hostile.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    private Delivery delivery(Viewer student) {
        SignIn.as(student);
        return inbox.mySettings().stream().filter(s -> s.kind() == NotificationKind.FEEDBACK).findFirst().orElseThrow()
                .delivery();
    }

    private URI uri(String query) {
        return URI.create("http://localhost:" + port + "/advising/api/mail/unsubscribe" + query);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
