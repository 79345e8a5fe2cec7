package com.smartpick.advising.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A demo account of the embedded default; every demo account shares the published demo password. */
final class DemoUser extends User implements AdvisingPrincipal {

    private final Viewer viewer;

    DemoUser(String username, String encodedPassword, Viewer viewer) {
        super(username, encodedPassword,
                viewer.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.viewer = viewer;
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

}
