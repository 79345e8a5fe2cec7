package com.smartpick.advising.ui;

import com.smartpick.advising.security.Viewer;
import java.util.List;
import java.util.Objects;

/** The plugin's views whose feature is on, in menu order: what the navigation and the home page offer. */
public interface PluginViews {

    List<PluginView> registered();

    /** The menu entries of the views this viewer may open, in menu order. */
    default List<PluginView.MenuEntry> menuFor(Viewer viewer) {
        return registered().stream().filter(view -> view.admits(viewer)).map(PluginView::menu).filter(Objects::nonNull)
                .toList();
    }
}
