package com.smartpick.advising.season;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The feed over real HTTP, in the standalone app's own security chain, as a calendar app asks for it: no session, no
 * sign-in. The token opens the one student's calendar; any other token, or hers once revoked, is a plain 404.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class CalendarFeedHttpTest {

    @LocalServerPort int port;
    @Autowired DSLContext db;
    @Autowired SeasonService seasons;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_calendar_app_reads_the_feed_without_signing_in_and_a_wrong_or_revoked_token_gets_404() throws Exception {
        TestData data = new TestData(db);
        Viewer student = data.person("Feed student", Role.STUDENT);
        data.enroll(data.cohort("Feed cohort", data.person("Advisor", Role.ADVISOR)), student);
        SignIn.as(student);
        String token = seasons.newFeedToken();

        HttpResponse<String> feed = get(CalendarFeeds.path(token));

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(feed.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(feed.headers().allValues("Set-Cookie")).as("no session").isEmpty();
        assertThat(feed.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Match Day\r\n")
                .endsWith("END:VCALENDAR\r\n");

        assertThat(get(CalendarFeeds.path(token.substring(1))).statusCode()).isEqualTo(404);
        assertThat(get(CalendarFeeds.path("not-a-token")).statusCode()).isEqualTo(404);
        seasons.revokeFeed();
        assertThat(get(CalendarFeeds.path(token)).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/advising/api" + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
