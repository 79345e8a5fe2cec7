package com.smartpick.advising.security;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Accounts that sign in with a password on the plugin's own login form, when the plugin runs its own security and no
 * identity provider is configured (the standalone launcher's demo accounts). The plugin checks their passwords behind
 * {@link SignInThrottle}; their {@code UserDetails} must be {@link AdvisingPrincipal}s, so the signed-in user is a
 * person of the plugin. Not a {@code UserDetailsService} bean: Spring Security would offer that one to every sign-in. A host with its own sign-in has no use for this.
 */
public interface PasswordAccounts {

    /** The account of a username with its encoded password; empty when there is none. */
    Optional<UserDetails> account(String username);

    /** The person an account signs in as, for the audit trail of a paused sign-in; never a typed username. */
    Optional<Viewer> person(String username);

    /** What the login page shows beside the form (e.g. the demo accounts, clearly marked); empty for nothing. */
    default Optional<Component> besideTheForm() {
        return Optional.empty();
    }
}
