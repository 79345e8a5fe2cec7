package com.smartpick.advising.security;

/** A Spring Security principal that already knows its person row, whichever way the user signed in. */
public interface AdvisingPrincipal {

    Viewer viewer();
}
