package com.smartpick.advising.base;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a host (or the standalone launcher) can set under {@code advising.*}.
 *
 * @param routePrefix first path segment of every plugin view, e.g. {@code advising} gives {@code /advising/cohorts}
 * @param keycloak    the OIDC provider, for when the plugin runs its own security
 * @param database    the app's own database role
 */
@ConfigurationProperties("advising")
public record AdvisingProperties(
        @DefaultValue("advising") String routePrefix,
        @DefaultValue Keycloak keycloak,
        @DefaultValue Database database) {

    /**
     * @param appRole the role granted what the app needs in schema {@code advising} after each migration; unset means
     *                the role the app's DataSource signs in as (set it when that login only belongs to a group role)
     */
    public record Database(@Nullable String appRole) {
    }

    public record Keycloak(@Nullable String issuerUri, @DefaultValue("smartpick-advising") String clientId,
            @Nullable String clientSecret) {

        public boolean configured() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }

    /** The absolute path of a plugin view, e.g. {@code path("cohorts")} is {@code /advising/cohorts}. */
    public String path(String view) {
        return "/" + route(view);
    }

    /** The Vaadin route of a plugin view, without a leading slash. */
    public String route(String view) {
        return view.isEmpty() ? routePrefix : routePrefix + "/" + view;
    }
}
