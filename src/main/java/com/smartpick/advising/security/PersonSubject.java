package com.smartpick.advising.security;

import java.util.Set;

/** A person with the subject they sign in under. */
public record PersonSubject(String subject, String displayName, Set<Role> roles) {

    public PersonSubject {
        roles = Set.copyOf(roles);
    }
}
