package com.smartpick.advising.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every way to Keycloak's login page passes through {@code /oauth2/authorization/keycloak}; while Keycloak does not
 * answer, that step leads to the portal's own sign-in page, which says so, instead of to a dead address.
 */
class KeycloakAvailabilityFilter extends OncePerRequestFilter {

    static final String UNAVAILABLE_PARAMETER = "unavailable";

    private final KeycloakStatus status;
    private final String authorizationPath;
    private final String loginPath;

    KeycloakAvailabilityFilter(KeycloakStatus status, String authorizationPath, String loginPath) {
        this.status = status;
        this.authorizationPath = authorizationPath;
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + authorizationPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (status.reachable()) {
            chain.doFilter(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + loginPath + "?" + UNAVAILABLE_PARAMETER);
        }
    }
}
