package com.smartpick.advising.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

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

    /** Whether a role of this name is the viewer's: how a view's {@code @RolesAllowed} names a role. */
    public boolean hasRoleNamed(String name) {
        return roles.stream().anyMatch(role -> role.name().equals(name));
    }

    /** The Spring Security authorities of these roles, whichever way the person signed in. */
    public List<GrantedAuthority> authorities() {
        return roles.stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
