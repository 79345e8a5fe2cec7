/**
 * The standalone jar's entry point, compiled for Java 8 so any {@code java} can start it and be told, or helped, to a
 * Java that runs the portal.
 */
@NullMarked
package com.smartpick.advising.standalone.launch;

import org.jspecify.annotations.NullMarked;
