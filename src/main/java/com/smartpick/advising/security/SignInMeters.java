package com.smartpick.advising.security;

import com.smartpick.advising.base.PluginMeters;
import io.micrometer.core.instrument.Counter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * {@code advising.signin.failures}: refused sign-ins, the password form's (a wrong password, a paused account) and
 * Keycloak's (a code or token Spring refuses), as Spring Security reports them ({@code SecurityConfiguration.signInEvents}), tagged by the
 * exception's type. Under the plugin's own security only: inside a host portal the sign-ins are the host's.
 */
@Component
@ConditionalOnClass(name = PluginMeters.MICROMETER)
@Conditional(OwnSecurity.Only.class)
class SignInMeters extends PluginMeters implements ApplicationListener<AbstractAuthenticationFailureEvent> {

    static final String FAILURES = "advising.signin.failures";

    @Override
    public void onApplicationEvent(AbstractAuthenticationFailureEvent failure) {
        Counter.builder(FAILURES).description("Refused sign-ins")
                .tag("exception", failure.getException().getClass().getSimpleName()).register(meters).increment();
    }
}
