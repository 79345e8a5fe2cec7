package com.smartpick.advising.support;

import com.smartpick.advising.security.Viewer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Puts a person into Spring Security's context, the way a real sign-in leaves them there. */
public final class SignIn {

    private SignIn() {
    }

    public static Viewer as(Viewer viewer) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(new TestPrincipal(viewer), null, viewer.authorities()));
        return viewer;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
