package com.smartpick.advising.ui;

import com.smartpick.advising.security.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The plugin's views that are there (their feature on): what the navigation and the home page offer. */
public interface PluginViews {

    List<PluginView> registered();

    /** The views with a menu entry this viewer may open, in menu order. */
    default List<PluginView> menuFor(Viewer viewer) {
        return registered().stream().filter(view -> view.menu() != null && view.admits(viewer))
                .sorted(Comparator.comparingInt(view -> Objects.requireNonNull(view.menu()).order())).toList();
    }
}
