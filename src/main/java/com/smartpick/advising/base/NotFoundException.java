package com.smartpick.advising.base;

/**
 * A record that does not exist, or that the current user may not see: the two answer alike, so an id typed
 * into a URL tells nothing about records the user has no legitimate interest in.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
