package com.smartpick.advising.security;

import java.util.Set;

/** Who is asking: the signed-in person and their roles. Every service decision starts from this. */
public record Viewer(long personId, String displayName, Set<Role> roles) {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... anyOf) {
        for (Role role : anyOf) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
