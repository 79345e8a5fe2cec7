package com.smartpick.advising.security;

import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Signs a Keycloak user in: Keycloak puts realm roles in the access token's {@code realm_access.roles}, not in
 * the ID token, so they are read from there (plus a flat {@code roles} claim where a realm maps one). The person
 * row is created or refreshed on every sign-in.
 */
class KeycloakUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final PersonService people;

    KeycloakUserService(PersonService people) {
        this.people = people;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        Set<Role> roles = Role.fromNames(roleNames(request.getAccessToken().getTokenValue(), user.getClaims()));
        String name = user.getFullName() != null ? user.getFullName()
                : user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        Viewer viewer = people.signIn(new Identity(user.getSubject(), name, user.getEmail(),
                Boolean.TRUE.equals(user.getEmailVerified()), roles));
        return new KeycloakUser(viewer, user.getIdToken(), user.getUserInfo());
    }

    static List<Object> roleNames(String accessToken, Map<String, Object> idClaims) {
        List<Object> names = new ArrayList<>();
        try {
            Map<String, Object> realmAccess = JWTParser.parse(accessToken).getJWTClaimsSet().getJSONObjectClaim("realm_access");
            if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> realmRoles) {
                names.addAll(realmRoles);
            }
        } catch (ParseException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token"), "The access token is not a JWT", e);
        }
        if (idClaims.get("roles") instanceof Collection<?> flat) {
            names.addAll(flat);
        }
        return names;
    }
}
