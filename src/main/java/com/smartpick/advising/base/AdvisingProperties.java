package com.smartpick.advising.base;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * Everything a host (or the standalone launcher) can set under {@code advising.*}.
 *
 * @param routePrefix first path segment of every plugin view, e.g. {@code advising} gives {@code /advising/cohorts}
 * @param keycloak    the OIDC provider, for when the plugin runs its own security
 * @param database    the app's own database role
 * @param features    which parts of the plugin a host keeps
 * @param security    how a host's signed-in users become people of the plugin
 * @param host        what the plugin takes over inside a host portal's security, when the host asks for it
 */
@ConfigurationProperties("advising")
public record AdvisingProperties(
        @DefaultValue("advising") String routePrefix,
        @DefaultValue Keycloak keycloak,
        @DefaultValue Database database,
        @DefaultValue Features features,
        @DefaultValue Security security,
        @DefaultValue Host host) {

    /**
     * @param appRole the role granted what the app needs in schema {@code advising} after each migration; unset means
     *                the role the app's DataSource signs in as (set it when that login only belongs to a group role)
     */
    public record Database(@Nullable String appRole) {
    }

    /**
     * The feature switches, {@code advising.features.<name>.enabled}, each on unless set to false (see {@link Feature}
     * for what each holds). {@code try} and {@code catalog} are parts of SmartPick: off with it, whatever their own switch.
     *
     * @param trySmartPick {@code advising.features.try.enabled}; {@code try} is a Java keyword
     */
    public record Features(@DefaultValue Switch letters, @DefaultValue Switch smartpick,
            @Name("try") @DefaultValue Switch trySmartPick, @DefaultValue Switch catalog, @DefaultValue Switch audit,
            @DefaultValue Switch readiness, @DefaultValue Switch roster, @DefaultValue Switch eras) {

        /** Whether the feature is there; {@code null} is the plugin's core, always there. */
        public boolean on(@Nullable Feature feature) {
            if (feature == null) {
                return true;
            }
            return switch (feature) {
                case LETTERS -> letters.enabled();
                case SMARTPICK -> smartpick.enabled();
                case TRY -> smartpick.enabled() && trySmartPick.enabled();
                case CATALOG -> smartpick.enabled() && catalog.enabled();
                case AUDIT -> audit.enabled();
                case READINESS -> readiness.enabled();
                case ROSTER -> roster.enabled();
                case ERAS -> eras.enabled();
            };
        }
    }

    public record Switch(@DefaultValue("true") boolean enabled) {
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

    /**
     * The absolute path of the plugin's JSON API, e.g. {@code /advising/api}: Spring MVC's, never Vaadin's, and open
     * only where an endpoint says so.
     */
    public String apiPath() {
        return path("api");
    }

    /** The Vaadin route of a plugin view, without a leading slash. */
    public String route(String view) {
        return view.isEmpty() ? routePrefix : routePrefix + "/" + view;
    }
}
