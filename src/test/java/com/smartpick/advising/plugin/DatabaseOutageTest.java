package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.smartpick.advising.base.Outages;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.standalone.EmbeddedPostgresServers;
import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.ui.HomeView;
import com.smartpick.advising.ui.UnexpectedError;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL stops under the running app and starts again: the user is told plainly (no stack trace) while it is
 * away, and the app serves again once it is back, with no restart. A server of its own (its own data folder), so
 * stopping it leaves the other tests' shared server alone.
 */
@SpringBootTest(classes = StandaloneApplication.class, properties = "advising.demo.enabled=false")
@ViewPackages(packages = "com.smartpick.advising.standalone")
@Import(DatabaseOutageTest.ShortWaitForAConnection.class)
// closed after the class, which stops its server, so JUnit can remove the data folder
@DirtiesContext
class DatabaseOutageTest extends SpringBrowserlessTest {

    @TempDir static Path data;

    @DynamicPropertySource
    static void ownServer(DynamicPropertyRegistry registry) {
        registry.add("advising.embedded-db.data-dir", data::toString);
    }

    /**
     * Each action while the database is away waits this long for a connection before the user is told: the app's
     * 3 s, three times over, was most of the test's length, and what the user is told is the same after a shorter wait.
     */
    @TestConfiguration
    static class ShortWaitForAConnection {

        @Bean
        static BeanPostProcessor shortConnectionTimeout() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool) {
                        pool.setConnectionTimeout(250);
                    }
                    return bean;
                }
            };
        }
    }

    @Autowired DSLContext db;
    @Autowired HikariDataSource pool;
    @Autowired EmbeddedPostgresServers.Lease embeddedPostgres;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void while_postgres_is_down_users_are_told_plainly_and_the_app_recovers_by_itself_when_it_returns() throws IOException {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        navigate("advising/cohorts", CohortsView.class);

        EmbeddedPostgres server = embeddedPostgres.server();
        int port = server.getPort();
        server.close();

        // a click on a page that is already open: the session's error handler says so in a toast, the page stays
        RuntimeException failure = catchThrowableOfType(RuntimeException.class,
                () -> test($(Checkbox.class).single()).click());
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure));
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(Outages.DATABASE_MESSAGE + " What you typed is still on this page.");
        assertThat(getCurrentView()).isInstanceOf(CohortsView.class);

        // away and back, so the cohorts view is built anew (a navigation to the page already shown reuses it)
        // the home page stays up: the worklist says why it is missing, the cards need no database
        navigate("advising", HomeView.class);
        assertThat($(Div.class).id("worklist").getElement().getTextRecursively()).contains(Outages.DATABASE_MESSAGE);
        navigate("advising/cohorts", UnexpectedError.class);
        assertThat($(H1.class).id("error-heading").getText()).isEqualTo("Temporarily unavailable");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("database cannot be reached", "try again")
                .doesNotContain("Exception", "jdbc:", "at com.");

        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).setPort(port).start()) {
            // each try may first be handed a pooled connection that died with the server: one more try than the pool has
            int tries = pool.getMaximumPoolSize() + 1;
            boolean served = false;
            for (int attempt = 0; attempt < tries && !served; attempt++) {
                UI.getCurrent().navigate("advising");
                UI.getCurrent().navigate("advising/cohorts");
                served = getCurrentView() instanceof CohortsView;
            }
            assertThat(served).as("the cohorts page opens again once PostgreSQL is back").isTrue();
            assertThat(restarted.getPort()).isEqualTo(port);
        }
    }
}
