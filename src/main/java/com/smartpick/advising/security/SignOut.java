package com.smartpick.advising.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Marks the request in which a person signs out, so what answers it can tell a sign-out from an expired session. */
public final class SignOut {

    public static final String REQUEST_ATTRIBUTE = SignOut.class.getName() + ".signingOut";

    private SignOut() {
    }

    static void mark(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        request.setAttribute(REQUEST_ATTRIBUTE, Boolean.TRUE);
    }
}
