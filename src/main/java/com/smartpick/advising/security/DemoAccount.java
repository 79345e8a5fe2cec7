package com.smartpick.advising.security;

/** A demo account as the login page lists it. */
public record DemoAccount(String username, String displayName, String role) {
}
