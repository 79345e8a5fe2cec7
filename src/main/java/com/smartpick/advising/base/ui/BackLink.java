package com.smartpick.advising.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;

/** A link back to a view of the navigation, named as its {@link InMenu} entry is: "← My students". */
public final class BackLink {

    private BackLink() {
    }

    public static RouterLink to(Class<? extends Component> view) {
        InMenu entry = view.getAnnotation(InMenu.class);
        if (entry == null) {
            throw new IllegalArgumentException(view.getName() + " has no menu entry to be named after");
        }
        return new RouterLink("← " + entry.label(), view);
    }
}
