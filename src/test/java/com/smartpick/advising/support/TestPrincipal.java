package com.smartpick.advising.support;

import com.smartpick.advising.security.AdvisingPrincipal;
import com.smartpick.advising.security.Viewer;

/** A signed-in person for tests, as either sign-in path would produce it. */
public record TestPrincipal(Viewer viewer) implements AdvisingPrincipal {
}
