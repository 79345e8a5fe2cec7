package com.smartpick.advising.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.jspecify.annotations.Nullable;

/** A person signed in through Keycloak, with the roles taken from the access token. */
final class KeycloakUser extends DefaultOidcUser implements AdvisingPrincipal {

    private final Viewer viewer;

    KeycloakUser(Viewer viewer, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        super(viewer.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList(), idToken, userInfo);
        this.viewer = viewer;
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
