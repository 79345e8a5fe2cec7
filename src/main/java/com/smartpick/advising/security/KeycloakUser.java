package com.smartpick.advising.security;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.jspecify.annotations.Nullable;

/** A person signed in through Keycloak, with the roles taken from the access token. */
final class KeycloakUser extends DefaultOidcUser implements AdvisingPrincipal {

    private final Viewer viewer;

    KeycloakUser(Viewer viewer, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(viewer.authorities(), idToken, userInfo);
        this.viewer = viewer;
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }
}
