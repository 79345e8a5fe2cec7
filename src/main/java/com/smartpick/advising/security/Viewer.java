package com.smartpick.advising.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
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

    /** Whether one of the viewer's roles holds this permission. */
    public boolean may(Permission permission) {
        return roles.stream().anyMatch(permission.roles()::contains);
    }

    /** This viewer, if they hold the permission; otherwise refused, as Spring Security refuses. */
    public Viewer require(Permission permission) {
        if (!may(permission)) {
            throw new AccessDeniedException(permission.refusal());
        }
        return this;
    }

    /**
     * The same person with only the roles that hold the permission: whom they reach in that capacity (an advisor who
     * also mentors records a student's signals as her advisor, never as her mentor).
     */
    public Viewer actingFor(Permission permission) {
        return new Viewer(personId, displayName,
                roles.stream().filter(permission.roles()::contains).collect(Collectors.toSet()));
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
