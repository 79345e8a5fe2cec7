package com.smartpick.advising.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Directory information about a person (name, e-mail, roles): no part of a student's education record. */
public record PersonSummary(long id, String displayName, @Nullable String email, Set<Role> roles) {

    public String label() {
        return email == null ? displayName : displayName + " <" + email + ">";
    }
}
