package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UrlPathHelper;

/**
 * The response headers that keep the portal out of other sites' frames and limit what a page may load. Under the
 * plugin's own security, written on every response by Spring Security's filter, and by {@link #writeTo} on the error
 * pages of requests refused before that filter runs (by Tomcat or by Spring's firewall), so those carry the same.
 * Inside a host portal's security, written on the plugin's own pages only ({@link #onPagesUnder}).
 *
 * <p>Vaadin Flow's bootstrap page has inline scripts and its client runs server-sent JavaScript through
 * {@code new Function}, so {@code script-src} must allow {@code 'unsafe-inline'} and {@code 'unsafe-eval'}: the
 * policy cannot stop an injected script by itself. What stops one is that user text is rendered as text, never as
 * HTML (see {@code base/UserText}); the policy still shuts plugins, foreign origins, {@code <base>} rewrites, form
 * posts elsewhere and framing.
 */
@Component
public class SecurityHeaders {

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=()";
    private static final long ONE_YEAR = 365L * 24 * 60 * 60;

    /**
     * Spring writes its headers when the response commits by default; Vaadin's page handler looks for an
     * X-Frame-Options header before that, finds none, and writes its own SAMEORIGIN, after which Spring's headers
     * never made it onto Vaadin's pages. Written before the request proceeds, they are there when Vaadin looks.
     */
    private static final ObjectPostProcessor<HeaderWriterFilter> WRITE_EAGERLY = new ObjectPostProcessor<>() {
        @Override
        public <O extends HeaderWriterFilter> O postProcess(O filter) {
            filter.setShouldWriteHeadersEagerly(true);
            return filter;
        }
    };

    /** Spring's defaults (no caching, no sniffing, the browsers' XSS auditor off) and the portal's own. */
    private final List<HeaderWriter> writers;

    SecurityHeaders(AdvisingProperties properties, Environment environment) {
        // HSTS goes on HTTPS requests only; behind a TLS proxy that needs server.forward-headers-strategy
        this.writers = List.of(
                new XContentTypeOptionsHeaderWriter(),
                new XXssProtectionHeaderWriter(),
                new CacheControlHeadersWriter(),
                new HstsHeaderWriter(ONE_YEAR, true),
                new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
                new ContentSecurityPolicyHeaderWriter(contentSecurityPolicy(properties, connectSources(environment))),
                new ReferrerPolicyHeaderWriter(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN),
                new PermissionsPolicyHeaderWriter(PERMISSIONS_POLICY));
    }

    void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> {
            headers.defaultsDisabled().addObjectPostProcessor(WRITE_EAGERLY);
            writers.forEach(headers::addHeaderWriter);
        });
    }

    /** The same headers on a response no filter of Spring's saw; a header already there is left as it is. */
    public void writeTo(HttpServletRequest request, HttpServletResponse response) {
        writers.forEach(writer -> writer.writeHeaders(request, response));
    }

    /**
     * Writes the headers on requests for {@code home} and the pages under it, before anything else answers them: a
     * host's security leaves a header it finds alone, and so does Vaadin's page handler. The host's own pages keep
     * the host's headers.
     */
    Filter onPagesUnder(String home) {
        return (request, response, chain) -> {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
                String path = UrlPathHelper.defaultInstance.getPathWithinApplication(http);
                if (path.equals(home) || path.startsWith(home + "/")) {
                    writeTo(http, answer);
                }
            }
            chain.doFilter(request, response);
        };
    }

    static String contentSecurityPolicy(AdvisingProperties properties, String connectSources) {
        // the Keycloak login form posts to Keycloak's own origin; a sign-in redirect chain must not be cut by form-action
        String formTargets = properties.keycloak().configured() ? "'self' " + origin(properties.keycloak().issuerUri()) : "'self'";
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src " + connectSources,
                "object-src 'none'",
                "base-uri 'self'",
                "form-action " + formTargets,
                "frame-ancestors 'none'");
    }

    /**
     * Development only ({@code mvn -Pdev spring-boot:run} switches it on): Spring Boot DevTools' LiveReload server, on
     * a port of its own, tells Vaadin's dev tools in the page to reload it after a restart.
     */
    private static String connectSources(Environment environment) {
        if (!environment.getProperty("spring.devtools.livereload.enabled", Boolean.class, false)) {
            return "'self'";
        }
        return "'self' ws://*:" + environment.getProperty("spring.devtools.livereload.port", "35729");
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }
}
