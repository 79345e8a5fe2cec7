package com.smartpick.advising.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.standalone.demo.DemoAccounts;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The load harness still speaks to the views as they are: three users (a student, a mentor, an advisor) work for two
 * seconds and at least two visits each with no error, and every action of every role happened. Its figures are the benchmark's business; nothing
 * here asserts a time. (The same portal context as the other tests that start the standalone app on a port.)
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class LoadHarnessTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext portal;

    @Test
    void three_users_work_through_every_action_without_an_error() {
        var people = LoadPopulation.create(portal, 1, 1);
        LoadRun.Result result;
        try (HttpClient http = VaadinUser.sharedClient()) {
            var users = LoadRun.signIn(http, port, people, DemoAccounts.PASSWORD);
            result = LoadRun.run(users, DemoAccounts.PASSWORD,
                    new LoadRun.Settings(Duration.ZERO, Duration.ofSeconds(2), Duration.ZERO, Duration.ofMillis(100), 2));
        }

        assertThat(result.errors()).isEmpty();
        assertThat(result.errorsOutside()).isEmpty();
        assertThat(result.done()).allSatisfy((action, count) -> assertThat(count).as(action.label).isPositive());
    }
}
