package com.smartpick.advising.security;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Vaadin's check of a view's access annotations, with the plugin's own views checked against the roles of the person
 * the plugin sees ({@link CurrentUser#viewerOf}) instead of the request's authorities: a view's
 * {@code @RolesAllowed("ADVISOR")} then means the role a host's authority maps to ({@code advising.security.*}),
 * whatever that authority is called, and the views agree with the services, which check the same roles. Someone
 * signed in with none of the plugin's roles is, to its views, signed in as no one. Every other class, a host's views
 * among them, is checked exactly as Vaadin checks it.
 */
class ViewerRolesAccessChecker extends AccessAnnotationChecker {

    private static final String PLUGIN = "com.smartpick.advising.";

    private final CurrentUser currentUser;

    ViewerRolesAccessChecker(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public boolean hasAccess(Class<?> target, @Nullable Principal principal, Function<String, Boolean> roleChecker) {
        if (!target.getName().startsWith(PLUGIN)) {
            return super.hasAccess(target, principal, roleChecker);
        }
        Optional<Viewer> viewer = principal instanceof Authentication authentication
                ? currentUser.viewerOf(authentication) : Optional.empty();
        return super.hasAccess(target, viewer.isPresent() ? principal : null,
                role -> viewer.map(v -> v.hasRoleNamed(role)).orElse(false));
    }
}
