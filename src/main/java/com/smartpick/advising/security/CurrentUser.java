package com.smartpick.advising.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in person, read from Spring Security's context (Vaadin keeps it per session): signed in by the plugin
 * itself, or by a host portal's security ({@link HostSignIns}).
 */
@Component
public class CurrentUser {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ObjectProvider<HostSignIns> hostSignIns;

    // looked up when first needed: a host's user is signed in through PersonService, which asks this class who is signed in
    CurrentUser(ObjectProvider<HostSignIns> hostSignIns) {
        this.hostSignIns = hostSignIns;
    }

    public Optional<Viewer> viewer() {
        return viewerOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The person an authentication stands for; none for a visitor, or for someone with none of the plugin's roles. */
    Optional<Viewer> viewerOf(@Nullable Authentication authentication) {
        if (!TRUST.isAuthenticated(authentication)) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AdvisingPrincipal principal) {
            return Optional.of(principal.viewer());
        }
        return hostSignIns.getObject().viewerOf(authentication);
    }

    public Viewer require() {
        return viewer().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }

    /** The signed-in person, if they hold the permission: how a service checks who may call it. */
    public Viewer require(Permission permission) {
        return require().require(permission);
    }
}
