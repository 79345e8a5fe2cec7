package com.smartpick.advising.standalone;

import com.smartpick.advising.ui.HomeView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Standalone there is no portal around the plugin: its root leads to the plugin's home. */
@Route("")
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(HomeView.class);
    }
}
