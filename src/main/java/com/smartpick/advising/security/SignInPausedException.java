package com.smartpick.advising.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked: too many failures for the account or from the address, and how long to wait. */
public class SignInPausedException extends AuthenticationException {

    private final Duration wait;

    SignInPausedException(Duration wait) {
        super("Sign-in paused for " + wait.toSeconds() + " s after too many failed attempts");
        this.wait = wait;
    }

    /** Whole seconds, rounded up: "wait 0 seconds" would be a lie. */
    public long waitSeconds() {
        return wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    }
}
