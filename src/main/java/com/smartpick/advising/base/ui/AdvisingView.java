package com.smartpick.advising.base.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A view of the plugin, and where it is: the one place that says so. Who may open it is the view's own access
 * annotation ({@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed}), read both by navigation and by the
 * menu; its entry in the navigation, if it has one, is its {@link InMenu}. The view is registered under the route
 * prefix while the configuration of its package ({@link ViewPackage}) is there, so a feature switched off takes its
 * views with it.
 *
 * <p>No {@code @Route}: a static path could not follow the configurable prefix, and a host's route scan must not pick
 * the plugin's views up on its own.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AdvisingView {

    /**
     * The path under the route prefix, with Vaadin's route parameters ({@code students/:studentId}); empty for the
     * home page.
     */
    String value();

    /** False for a page of its own, without the plugin's layout and navigation (the sign-in page, Try SmartPick). */
    boolean inMainLayout() default true;
}
