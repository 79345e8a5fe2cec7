package com.smartpick.advising.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an identity provider tells us about a person at sign-in. */
public record Identity(String subject, String displayName, @Nullable String email, Set<Role> roles) {
}
