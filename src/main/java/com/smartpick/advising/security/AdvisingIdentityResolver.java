package com.smartpick.advising.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Who a host portal's signed-in user is to the plugin. The plugin asks it for every authentication it did not create
 * itself; a host defines a bean of this type to replace the plugin's default, which takes the authentication's name as
 * subject and display name and its authorities as roles ({@link AuthorityRoles}).
 *
 * <p>The subject keys the person row: it must stay the same for the same user across sign-ins and never be given to
 * another user. An identity with no role, or none at all, is no person of the plugin.
 */
public interface AdvisingIdentityResolver {

    Optional<Identity> identify(Authentication authentication);
}
