package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether Keycloak answers, so the portal can say "sign-in is unavailable" on its own page instead of sending the
 * browser to a Keycloak that is down (the browser's bare connection error tells a user nothing). The answer is
 * kept briefly: a burst of sign-ins costs one probe, and a Keycloak that comes back is noticed within seconds.
 */
@Component
public class KeycloakStatus {

    static final Duration CACHED_FOR = Duration.ofSeconds(10);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(KeycloakStatus.class);

    private final AdvisingProperties properties;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Instant checkedAt = Instant.MIN;
    private boolean reachable = true;

    public KeycloakStatus(AdvisingProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** True when Keycloak is not configured (nothing to reach) or its realm's discovery document answers. */
    public synchronized boolean reachable() {
        if (!properties.keycloak().configured()) {
            return true;
        }
        Instant now = clock.instant();
        if (now.isAfter(checkedAt.plus(CACHED_FOR)) || now.isBefore(checkedAt)) {
            boolean was = reachable;
            reachable = probe();
            checkedAt = now;
            if (was != reachable) {
                LOG.warn(reachable ? "Keycloak answers again at {}" : "Keycloak does not answer at {}", issuer());
            }
        }
        return reachable;
    }

    private boolean probe() {
        URI wellKnown = URI.create(issuer() + "/.well-known/openid-configuration");
        HttpRequest request = HttpRequest.newBuilder(wellKnown).timeout(PROBE_TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String issuer() {
        return String.valueOf(properties.keycloak().issuerUri()).replaceAll("/+$", "");
    }
}
