package com.smartpick.advising.security;

import org.springframework.security.core.userdetails.User;

/** A demo account of the embedded default; every demo account shares the published demo password. */
final class DemoUser extends User implements AdvisingPrincipal {

    private final Viewer viewer;

    DemoUser(String username, String encodedPassword, Viewer viewer) {
        super(username, encodedPassword, viewer.authorities());
        this.viewer = viewer;
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }
}
