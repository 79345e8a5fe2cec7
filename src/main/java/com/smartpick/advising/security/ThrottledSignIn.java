package com.smartpick.advising.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of the plugin's own login form behind the {@link SignInThrottle}: while an account or an address is paused, no
 * password is checked at all, the right one included.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        SignInThrottle.Attempt attempt = throttle.begin(request.getName(), client(request));
        if (attempt.paused()) {
            throw new SignInPausedException(attempt.pausedFor());
        }
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(request);
        } catch (AuthenticationException refused) {
            throttle.failed(attempt);
            throw refused;
        }
        throttle.succeeded(attempt);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The remote address as Tomcat saw it: a TLS proxy's X-Forwarded-For only when that proxy is trusted. */
    private static String client(Authentication request) {
        return request.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
