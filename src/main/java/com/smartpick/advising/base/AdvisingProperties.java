package com.smartpick.advising.base;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a host (or the standalone launcher) can set under {@code advising.*}.
 *
 * @param routePrefix first path segment of every plugin view, e.g. {@code advising} gives {@code /advising/cohorts}
 * @param embeddedDb  the zero-setup PostgreSQL used when no {@code spring.datasource.url} is set
 * @param demo        demo accounts and data, for trying the plugin; never for real student data
 * @param keycloak    the OIDC provider; when its issuer is set, demo login is switched off
 * @param database    the app's own database role
 * @param security    how a host's signed-in users become people of the plugin
 * @param host        what the plugin takes over inside a host portal's security, when the host asks for it
 */
@ConfigurationProperties("advising")
public record AdvisingProperties(
        @DefaultValue("advising") String routePrefix,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue Demo demo,
        @DefaultValue Keycloak keycloak,
        @DefaultValue Database database,
        @DefaultValue Security security,
        @DefaultValue Host host) {

    /**
     * @param dataDir where the embedded server keeps its files; empty means a throwaway folder (tests)
     */
    public record EmbeddedDb(@DefaultValue("true") boolean enabled, @Nullable String dataDir) {
    }

    /**
     * @param appRole the role granted what the app needs in schema {@code advising} after each migration; unset means
     *                the role the app's DataSource signs in as (set it when that login only belongs to a group role)
     */
    public record Database(@Nullable String appRole) {
    }

    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    public record Keycloak(@Nullable String issuerUri, @DefaultValue("smartpick-advising") String clientId,
            @Nullable String clientSecret) {

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /**
     * A host's user is a person of the plugin with each role whose authority ({@code authorityPrefix} and the role's
     * name here, exactly) they hold.
     *
     * @param refreshInterval how long a person row, once created or refreshed from a host's sign-in, is taken as it
     *                        is before the next call refreshes it again
     */
    public record Security(@DefaultValue("ROLE_") String authorityPrefix, @DefaultValue Roles roles,
            @DefaultValue("5m") Duration refreshInterval) {
    }

    public record Roles(@DefaultValue("ADVISOR") String advisor, @DefaultValue("MENTOR") String mentor,
            @DefaultValue("STUDENT") String student, @DefaultValue("ADMIN") String admin) {
    }

    /**
     * Under its own security the plugin does all of this anyway; inside a host's, only when asked.
     *
     * @param errorViews   the plugin's Vaadin error views for every exception, and its error handler on every session
     * @param serverErrors the plugin's answers for the whole server: Spring's error page, the page of requests Tomcat
     *                     or Spring's firewall refuses, and its two filters on Vaadin's servlet
     */
    public record Host(@DefaultValue("false") boolean errorViews, @DefaultValue("false") boolean serverErrors) {
    }

    /** The absolute path of a plugin view, e.g. {@code path("cohorts")} is {@code /advising/cohorts}. */
    public String path(String view) {
        return "/" + route(view);
    }

    /** The Vaadin route of a plugin view, without a leading slash. */
    public String route(String view) {
        return view.isEmpty() ? routePrefix : routePrefix + "/" + view;
    }

    /** Demo login is for the embedded default only: a configured identity provider always wins. */
    public boolean demoLoginEnabled() {
        return demo.enabled() && !keycloak.configured();
    }
}
