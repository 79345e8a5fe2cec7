package com.example.securehost;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.security.AdvisingIdentityResolver;
import com.smartpick.advising.security.AuthorityRoles;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Identity;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.RawHttp;
import com.smartpick.advising.ui.AccessDeniedError;
import com.smartpick.advising.ui.HomeView;
import com.smartpick.advising.ui.PageNotFoundError;
import com.smartpick.advising.ui.PlainErrorPages;
import com.smartpick.advising.ui.UnexpectedError;
import com.smartpick.advising.ui.UnexpectedErrorHandler;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * A host whose users are staff members known by their staff number, whose groups name the plugin's roles in its own
 * words, and which asks the plugin for its error views and its answers for the whole server. Only the host's pages are
 * registered for the views tested without a browser, not its "not found" view: Vaadin takes one view per exception,
 * and there the plugin's would be registered before the host's, where the real server registers the host's first.
 */
@SpringBootTest(classes = SecureHostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advising.embedded-db.data-dir=", "spring.flyway.enabled=false", "advising.route-prefix=portal/advising",
                "advising.security.authority-prefix=GROUP_", "advising.security.roles.advisor=advisors",
                "advising.security.roles.mentor=mentors", "advising.security.roles.student=students",
                "advising.security.roles.admin=administrators", "advising.host.error-views=true",
                "advising.host.server-errors=true"})
@Import(PluginInSecureHostSettingsTest.StaffNumbers.class)
@ViewPackages(packages = "com.example.securehost.pages")
class PluginInSecureHostSettingsTest extends SpringBrowserlessTest {

    /** How the host knows its users. */
    record StaffMember(String number, String fullName) implements Principal {

        @Override
        public String getName() {
            return number;
        }
    }

    @TestConfiguration
    static class StaffNumbers {

        @Bean
        AdvisingIdentityResolver staffNumbers(AuthorityRoles roles) {
            return authentication -> authentication.getPrincipal() instanceof StaffMember staff
                    ? Optional.of(new Identity("staff:" + staff.number(), staff.fullName(), null, false,
                            roles.of(authentication.getAuthorities())))
                    : Optional.empty();
        }
    }

    @LocalServerPort int port;
    @Autowired CurrentUser currentUser;
    @Autowired DSLContext db;
    @Autowired ServletContext servletContext;
    @Autowired org.springframework.context.ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_hosts_resolver_names_the_person_and_its_groups_give_the_roles_the_views_check() {
        StaffMember advisor = signIn("GROUP_advisors");

        navigate("portal/advising/cohorts", CohortsView.class);
        assertThat(currentUser.require().roles()).containsExactly(Role.ADVISOR);
        Record2<String, String[]> row = db.select(PERSON.DISPLAY_NAME, PERSON.ROLES).from(PERSON)
                .where(PERSON.SUBJECT.eq("staff:" + advisor.number())).fetchSingle();
        assertThat(row.value1()).isEqualTo(advisor.fullName());
        assertThat(Arrays.asList(row.value2())).containsExactly("ADVISOR");

        signIn("GROUP_students", "GROUP_mentors");
        navigate("portal/advising/profile", MyProfileView.class);
        assertThat(currentUser.require().roles()).containsExactlyInAnyOrder(Role.STUDENT, Role.MENTOR);
        navigate("portal/advising/cohorts", AccessDeniedError.class);
    }

    @Test
    void an_authority_named_the_default_way_is_no_role_here() {
        signIn("ROLE_ADVISOR", "GROUP_ADVISORS");

        assertThat(currentUser.viewer()).isEmpty();
        UI.getCurrent().navigate("portal/advising");
        assertThat(getCurrentView()).isNotInstanceOf(HomeView.class);
    }

    @Test
    void asked_for_them_the_plugins_error_views_and_session_error_handler_are_back() {
        signIn("GROUP_advisors");
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(UnexpectedErrorHandler.class);
        navigate("host/failing", UnexpectedError.class);
        navigate("portal/advising/no-such-page", PageNotFoundError.class);

        assertThat(get("/host").status()).as("the first request starts Vaadin's servlet").isEqualTo(200);
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        assertThat(errorViewFor(registry, new IllegalStateException())).isEqualTo(UnexpectedError.class);
        assertThat(errorViewFor(registry, new AccessDeniedException())).isEqualTo(AccessDeniedError.class);
        assertThat(errorViewFor(registry, new NotFoundException())).as("the host's own view for it stays")
                .isEqualTo(HostNotFoundView.class);
    }

    @Test
    void asked_for_them_the_plugin_answers_for_the_whole_server() {
        assertThat(context.getBeansOfType(PlainErrorPages.class)).hasSize(1);
        assertThat(context.getBeansOfType(RequestRejectedHandler.class)).hasSize(1);

        RawHttp.Response refusedByTomcat = get("/host/%00");
        assertThat(refusedByTomcat.status()).isEqualTo(400);
        assertThat(refusedByTomcat.body()).contains("SmartPick Advising");
        assertThat(refusedByTomcat.header("Content-Security-Policy")).isPresent();
    }

    private StaffMember signIn(String... authorities) {
        StaffMember staff = new StaffMember(UUID.randomUUID().toString().substring(0, 8), "Dr. " + UUID.randomUUID());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
                AuthorityUtils.createAuthorityList(authorities)));
        return staff;
    }

    private static Class<?> errorViewFor(ApplicationRouteRegistry registry, Exception exception) {
        return registry.getErrorNavigationTarget(exception).orElseThrow().getNavigationTarget();
    }

    private RawHttp.Response get(String path) {
        return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: localhost");
    }
}
