package com.smartpick.advising.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an identity provider tells us about a person at sign-in. {@code emailVerified}: the provider vouches that
 * the person owns the e-mail, the condition for claiming a row imported under that e-mail.
 */
public record Identity(String subject, String displayName, @Nullable String email, boolean emailVerified, Set<Role> roles) {
}
