package com.smartpick.advising.ui;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import org.jspecify.annotations.Nullable;

/**
 * One view of the plugin, a row of the table in {@code plugin/AdvisingRoutes}.
 *
 * @param path         under the route prefix, with Vaadin's route parameters ({@code students/:studentId})
 * @param inMainLayout whether it is shown in {@link MainLayout}, with the navigation
 * @param feature      the feature it belongs to, or {@code null} for the plugin's core, which is always there
 * @param menu         its entry in the navigation, if it has one
 */
public record PluginView(String path, Class<? extends Component> view, boolean inMainLayout, @Nullable Feature feature,
        @Nullable MenuEntry menu) {

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    /**
     * @param view the view it opens, the row's own
     * @param card what the view is for, on the home page; {@code null}: no card there
     */
    public record MenuEntry(Class<? extends Component> view, String label, VaadinIcon icon, @Nullable String card) {
    }

    /** A view in the plugin's layout. */
    public static PluginView page(String path, Class<? extends Component> view) {
        return new PluginView(path, view, true, null, null);
    }

    /** A page of its own, without the plugin's layout. */
    public static PluginView alone(String path, Class<? extends Component> view) {
        return new PluginView(path, view, false, null, null);
    }

    public PluginView of(Feature owner) {
        return new PluginView(path, view, inMainLayout, owner, menu);
    }

    public PluginView menu(String label, VaadinIcon icon) {
        return new PluginView(path, view, inMainLayout, feature, new MenuEntry(view, label, icon, null));
    }

    public PluginView card(String text) {
        if (menu == null) {
            throw new IllegalStateException(path + ": a home card goes with a menu entry");
        }
        return new PluginView(path, view, inMainLayout, feature, new MenuEntry(view, menu.label(), menu.icon(), text));
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
