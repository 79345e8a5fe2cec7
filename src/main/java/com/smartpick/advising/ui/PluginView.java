package com.smartpick.advising.ui;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.jspecify.annotations.Nullable;

/**
 * One view of the plugin as its {@link AdvisingView} and {@link InMenu} declare it.
 *
 * @param path         under the route prefix, with Vaadin's route parameters ({@code students/:studentId})
 * @param inMainLayout whether it is shown in {@link MainLayout}, with the navigation
 * @param feature      the feature whose configuration brought it, or {@code null} for the plugin's core
 * @param menu         its entry in the navigation, if it has one
 */
public record PluginView(String path, Class<? extends Component> view, boolean inMainLayout, @Nullable Feature feature,
        @Nullable InMenu menu) {

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    /** @param feature the feature of the configuration whose package holds the view */
    public static PluginView of(Class<? extends Component> view, @Nullable Feature feature) {
        AdvisingView declared = view.getAnnotation(AdvisingView.class);
        if (declared == null) {
            throw new IllegalArgumentException(view.getName() + " is no @AdvisingView");
        }
        return new PluginView(declared.value(), view, declared.inMainLayout(), feature, view.getAnnotation(InMenu.class));
    }

    /**
     * Whether the viewer may open the view, by Vaadin's own reading of its access annotation ({@code @RolesAllowed},
     * {@code @PermitAll}, …): the rule navigation enforces, so a menu built from this never offers a view that would be
     * refused, nor hides one that would open.
     */
    public boolean admits(Viewer viewer) {
        return ACCESS.hasAccess(view, viewer::displayName, viewer::hasRoleNamed);
    }
}
