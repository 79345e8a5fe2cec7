package com.example.securehost;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.LoginView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.preview.ui.TrySmartPickView;
import com.smartpick.advising.support.HandClock;
import com.smartpick.advising.support.RawHttp;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.ui.HomeView;
import com.smartpick.advising.ui.RecordNotFoundError;
import com.smartpick.advising.ui.UnexpectedError;
import com.smartpick.advising.ui.UnexpectedErrorHandler;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plugin inside a host portal that brings its own security: the host's users are people of the plugin with the
 * roles the host gives them, and the plugin keeps to its own routes. Each test signs in a user of its own, created in
 * the host's user store and signed in by the host's own provider, as the host's login form would.
 */
@SpringBootTest(classes = SecureHostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advising.embedded-db.data-dir=", "spring.flyway.enabled=false", "advising.route-prefix=portal/advising"})
@ViewPackages(packages = "com.example.securehost")
class PluginInSecureHostTest extends SpringBrowserlessTest {

    @LocalServerPort int port;
    @Autowired InMemoryUserDetailsManager hostUsers;
    @Autowired CurrentUser currentUser;
    @Autowired DSLContext db;
    @Autowired HandClock clock;
    @Autowired ServletContext servletContext;
    @Autowired ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_host_user_becomes_a_person_with_the_hosts_roles_and_opens_the_plugins_pages() {
        String name = hostSignIn("ADVISOR");

        navigate("portal/advising/cohorts", CohortsView.class);
        assertThat(currentUser.viewer()).get().extracting(Viewer::displayName, Viewer::roles)
                .containsExactly(name, Set.of(Role.ADVISOR));
        assertThat(rolesInTheRow(name)).containsExactly("ADVISOR");
    }

    @Test
    void the_views_refuse_a_role_the_host_did_not_give() {
        hostSignIn("STUDENT");

        navigate("portal/advising/profile", MyProfileView.class);
        UI.getCurrent().navigate("portal/advising/cohorts");
        assertThat(getCurrentView()).isNotInstanceOf(CohortsView.class);
    }

    @Test
    void someone_with_none_of_the_plugins_roles_is_no_one_to_the_plugin() {
        String name = hostSignIn("GUEST");

        assertThat(currentUser.viewer()).isEmpty();
        assertThat(db.fetchExists(PERSON, PERSON.SUBJECT.eq(name))).as("no person row").isFalse();
        UI.getCurrent().navigate("portal/advising");
        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
    }

    @Test
    void a_role_the_host_changes_counts_at_once_and_the_row_follows_within_the_refresh_interval() {
        String name = hostSignIn("ADVISOR");
        long personId = currentUser.require().personId();

        hostUsers.updateUser(User.withUsername(name).password("{noop}" + HostSecurity.PASSWORD).roles("ADVISOR", "MENTOR").build());
        signInAtTheHost(name);
        assertThat(currentUser.require()).extracting(Viewer::personId, Viewer::roles)
                .containsExactly(personId, Set.of(Role.ADVISOR, Role.MENTOR));
        assertThat(rolesInTheRow(name)).containsExactly("ADVISOR", "MENTOR");

        // another instance of the portal, still serving a session from before the change, wrote the old roles since
        db.update(PERSON).set(PERSON.ROLES, new String[] {"ADVISOR"}).where(PERSON.SUBJECT.eq(name)).execute();
        clock.advance(Duration.ofMinutes(4));
        currentUser.require();
        assertThat(rolesInTheRow(name)).as("not written again within the interval").containsExactly("ADVISOR");
        clock.advance(Duration.ofMinutes(1));
        currentUser.require();
        assertThat(rolesInTheRow(name)).containsExactly("ADVISOR", "MENTOR");
    }

    @Test
    void the_plugin_has_no_login_page_of_its_own_and_sends_visitors_to_the_hosts() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        assertThat(routes.isRouteRegistered(LoginView.class)).isFalse();
        assertThat(routes.getRoute("portal/advising/login")).isEmpty();
        assertThat(routes.getUrl(TrySmartPickView.class)).isEqualTo("portal/advising/try");

        assertThat(get("/portal/advising").header("Location"))
                .hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
    }

    @Test
    void the_hosts_error_view_and_session_error_handler_stay_the_hosts() {
        hostSignIn("ADVISOR");
        navigate("portal/advising/no-such-page", HostNotFoundView.class);
        navigate("no-such-page", HostNotFoundView.class);
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isNotInstanceOf(UnexpectedErrorHandler.class);

        // the real server's routes, where the host's error views are registered before the plugin's
        ApplicationRouteRegistry registry = realRoutes();
        assertThat(errorViewFor(registry, new com.vaadin.flow.router.NotFoundException())).isEqualTo(HostNotFoundView.class);
        assertThat(errorViewFor(registry, new IllegalStateException())).isNotEqualTo(UnexpectedError.class);
        assertThat(errorViewFor(registry, new NotFoundException("a record"))).as("the plugin's own exception")
                .isEqualTo(RecordNotFoundError.class);
    }

    @Test
    void the_security_headers_are_on_the_plugins_pages_and_not_on_the_hosts() {
        RawHttp.Response plugin = get("/portal/advising/try");
        assertThat(plugin.status()).isEqualTo(200);
        assertThat(plugin.header("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(plugin.header("Permissions-Policy")).get().asString().contains("camera=()");
        assertThat(plugin.headers("X-Frame-Options")).containsExactly("DENY");
        assertThat(get("/portal/advising").header("Content-Security-Policy")).as("on the redirect to sign in").isPresent();

        for (String hostPage : new String[] {"/host", "/login"}) {
            RawHttp.Response host = get(hostPage);
            assertThat(host.status()).isEqualTo(200);
            assertThat(host.header("Content-Security-Policy")).isEmpty();
            assertThat(host.header("Permissions-Policy")).isEmpty();
        }
        assertThat(get("/portal/advisingx").header("Content-Security-Policy")).as("a path that only starts the same").isEmpty();
    }

    @Test
    void nothing_of_the_plugins_answers_for_the_whole_server() {
        assertThat(pluginBeans(org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver.class)).isEmpty();
        assertThat(pluginBeans(org.springframework.boot.web.server.WebServerFactoryCustomizer.class)).isEmpty();
        assertThat(pluginBeans(org.springframework.security.web.firewall.RequestRejectedHandler.class)).isEmpty();
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class).values())
                .extracting(registration -> registration.getFilter().getClass().getName())
                .noneMatch(filter -> filter.startsWith("com.smartpick.advising.ui."));

        RawHttp.Response refusedByTomcat = RawHttp.send(port, "GET /host/%00 HTTP/1.1\r\nHost: localhost");
        assertThat(refusedByTomcat.status()).isEqualTo(400);
        assertThat(refusedByTomcat.body()).doesNotContain("SmartPick Advising");
        assertThat(refusedByTomcat.header("Content-Security-Policy")).isEmpty();
    }

    @Test
    void the_json_api_answers_anyone_through_the_hosts_chain_which_lets_its_endpoints_through() {
        String estimate = "POST /portal/advising/api/smartpick/estimate HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json";
        RawHttp.Response answered = RawHttp.send(port, estimate, """
                {"specialty": "PEDIATRICS", "visa": "EITHER", "graduationYear": 2020, "handsOnUsceMonths": 3,
                 "observershipMonths": 2, "usLetters": 1, "researchItems": 0, "attempts": 1, "applications": 40}""");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.header("Set-Cookie")).as("no session").isEmpty();
        // the catalog holds whatever the test run's shared database holds by now
        JsonNode list = JsonMapper.shared().readTree(answered.body());
        assertThat(list.get("matchChance").doubleValue()).isBetween(0.0, 1.0);
        assertThat(list.get("entries")).hasSize(list.get("applications").intValue());
        assertThat(list.get("applications").intValue()).isLessThanOrEqualTo(40);
        assertThat(answered.header("Content-Security-Policy")).as("the plugin's headers").isPresent();

        RawHttp.Response refused = RawHttp.send(port, estimate, "{\"visa\": \"F1\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"errors\":{", "\"visa\":\"Give one of NONE, J1, H1B, EITHER.\"",
                "\"specialty\":\"Choose the specialty you are applying to.\"");

        RawHttp.Response wrongMethod = get("/portal/advising/api/smartpick/estimate");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).hasValue("POST");
        assertThat(get("/portal/advising/api/smartpick/specialties").body()).contains("{\"code\":\"INTERNAL_MEDICINE\"");
    }

    private String hostSignIn(String... roles) {
        String name = TestData.unique("host-user").replace(' ', '-');
        hostUsers.createUser(User.withUsername(name).password("{noop}" + HostSecurity.PASSWORD).roles(roles).build());
        signInAtTheHost(name);
        return name;
    }

    private void signInAtTheHost(String name) {
        Authentication signedIn = new DaoAuthenticationProvider(hostUsers)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, HostSecurity.PASSWORD));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
    }

    private java.util.List<String> rolesInTheRow(String subject) {
        return Arrays.stream(db.select(PERSON.ROLES).from(PERSON).where(PERSON.SUBJECT.eq(subject)).fetchSingle(PERSON.ROLES))
                .sorted().toList();
    }

    private ApplicationRouteRegistry realRoutes() {
        assertThat(get("/host").status()).as("the first request starts Vaadin's servlet").isEqualTo(200);
        return ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
    }

    private static Class<?> errorViewFor(ApplicationRouteRegistry registry, Exception exception) {
        return registry.getErrorNavigationTarget(exception).orElseThrow().getNavigationTarget();
    }

    private Set<String> pluginBeans(Class<?> type) {
        return context.getBeansOfType(type).values().stream().map(bean -> bean.getClass().getName())
                .filter(name -> name.startsWith("com.smartpick.advising.")).collect(Collectors.toSet());
    }

    private RawHttp.Response get(String path) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost");
    }
}
