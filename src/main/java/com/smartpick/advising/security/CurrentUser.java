package com.smartpick.advising.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person, read from Spring Security's context (Vaadin keeps it per session). */
@Component
public class CurrentUser {

    public Optional<Viewer> viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AdvisingPrincipal principal) {
            return Optional.of(principal.viewer());
        }
        return Optional.empty();
    }

    public Viewer require() {
        return viewer().orElseThrow(() -> new AccessDeniedException("Sign in first."));
    }
}
