package com.smartpick.advising.audit;

import com.smartpick.advising.security.SignInPaused;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts sign-in pauses into the trail, once per pause: the attempts refused during a pause are not written one by one,
 * so guessing in a loop cannot grow a table that is never cleaned.
 */
@Component
class SignInPauses {

    static final String ACTION = "signin.pause";

    private final AuditTrail trail;

    SignInPauses(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void record(SignInPaused paused) {
        String pause = paused.pause().toSeconds() < 60 ? paused.pause().toSeconds() + " s"
                : paused.pause().toMinutes() + " min";
        if (!paused.account()) {
            trail.byVisitor(ACTION, paused.client(), "client", null, paused.failures()
                    + " failed sign-ins from this address within the hour; its sign-ins pause for " + pause);
        } else if (paused.personId() != null) {
            trail.byVisitor(ACTION, paused.client(), "person", paused.personId(), paused.failures()
                    + " wrong passwords in a row for this account; its sign-ins pause for " + pause);
        } else {
            trail.byVisitor(ACTION, paused.client(), "account", null, paused.failures()
                    + " wrong passwords in a row for a username that is no account; its sign-ins pause for " + pause);
        }
    }
}
