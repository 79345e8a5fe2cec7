package com.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The plugin added to a host portal: both work side by side, each with its own schema and migrations. */
@SpringBootTest(classes = HostApplication.class, properties = {
        "spring.flyway.locations=classpath:host/db/migration",
        "advising.route-prefix=portal/advising",
        "advising.embedded-db.data-dir="})
@ViewPackages(packages = "com.example.host")
class PluginInHostTest extends SpringBrowserlessTest {

    @Autowired JdbcClient jdbc;
    @Autowired DSLContext db;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void host_and_plugin_keep_their_own_migration_histories() {
        assertThat(jdbc.sql("select count(*) from public.flyway_schema_history where success").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from advising.advising_schema_history where success").query(Integer.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from public.announcement").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_host_view_and_the_plugin_views_are_served_side_by_side_under_the_prefix() {
        navigate("host", HostHomeView.class);
        assertThat($(Paragraph.class).withText("Welcome to the host portal").exists()).isTrue();

        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        assertThat(RouteConfiguration.forApplicationScope().getUrl(CohortsView.class)).isEqualTo("portal/advising/cohorts");
        navigate("portal/advising/cohorts", CohortsView.class);
    }
}
