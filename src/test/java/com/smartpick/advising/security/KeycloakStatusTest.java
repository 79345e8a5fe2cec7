package com.smartpick.advising.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.support.HandClock;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The reachability check of Keycloak, against a small HTTP server standing in for its discovery endpoint. */
class KeycloakStatusTest {

    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final HandClock clock = new HandClock();
    private HttpServer keycloak;

    @BeforeEach
    void startStandIn() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        keycloak.createContext("/realms/advising/.well-known/openid-configuration", exchange -> {
            probes.incrementAndGet();
            exchange.sendResponseHeaders(up.get() ? 200 : 503, -1);
            exchange.close();
        });
        keycloak.start();
    }

    @AfterEach
    void stopStandIn() {
        keycloak.stop(0);
    }

    @Test
    void keycloak_that_answers_is_reachable_and_one_probe_serves_a_burst_of_sign_ins() {
        KeycloakStatus status = statusOf("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/advising");

        assertThat(status.reachable()).isTrue();
        assertThat(status.reachable()).isTrue();
        assertThat(probes).hasValue(1);
    }

    @Test
    void keycloak_that_fails_is_noticed_once_the_cached_answer_is_old_and_its_return_likewise() {
        KeycloakStatus status = statusOf("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/advising/");
        assertThat(status.reachable()).isTrue();

        up.set(false);
        assertThat(status.reachable()).as("within the cache period").isTrue();
        clock.advance(KeycloakStatus.CACHED_FOR.plusSeconds(1));
        assertThat(status.reachable()).isFalse();

        up.set(true);
        clock.advance(KeycloakStatus.CACHED_FOR.plusSeconds(1));
        assertThat(status.reachable()).isTrue();
    }

    @Test
    void keycloak_on_a_port_where_nothing_listens_is_unreachable() throws IOException {
        assertThat(statusOf("http://127.0.0.1:" + closedPort() + "/realms/advising").reachable()).isFalse();
    }

    @Test
    void without_keycloak_configured_there_is_nothing_to_reach() {
        assertThat(statusOf(null).reachable()).isTrue();
        assertThat(probes).hasValue(0);
    }

    @Test
    void while_keycloak_is_down_the_way_to_its_login_page_leads_to_the_portals_sign_in_page_instead() throws Exception {
        KeycloakStatus status = statusOf("http://127.0.0.1:" + closedPort() + "/realms/advising");
        KeycloakAvailabilityFilter filter = new KeycloakAvailabilityFilter(status, SecurityConfiguration.KEYCLOAK_LOGIN,
                "/advising/login");

        MockHttpServletResponse toKeycloak = filter(filter, SecurityConfiguration.KEYCLOAK_LOGIN);
        assertThat(toKeycloak.getRedirectedUrl()).isEqualTo("/advising/login?unavailable");

        MockHttpServletResponse elsewhere = filter(filter, "/advising/cohorts");
        assertThat(elsewhere.getRedirectedUrl()).isNull();
    }

    @Test
    void while_keycloak_answers_the_way_to_its_login_page_is_left_alone() throws Exception {
        KeycloakStatus status = statusOf("http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/advising");
        KeycloakAvailabilityFilter filter = new KeycloakAvailabilityFilter(status, SecurityConfiguration.KEYCLOAK_LOGIN,
                "/advising/login");

        assertThat(filter(filter, SecurityConfiguration.KEYCLOAK_LOGIN).getRedirectedUrl()).isNull();
    }

    private static MockHttpServletResponse filter(KeycloakAvailabilityFilter filter, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private KeycloakStatus statusOf(@Nullable String issuer) {
        Map<String, String> set = issuer == null ? Map.of() : Map.of("advising.keycloak.issuer-uri", issuer);
        AdvisingProperties properties = new Binder(new MapConfigurationPropertySource(set))
                .bindOrCreate("advising", AdvisingProperties.class);
        return new KeycloakStatus(properties, clock);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
