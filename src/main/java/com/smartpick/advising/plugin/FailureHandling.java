package com.smartpick.advising.plugin;

import com.smartpick.advising.ui.AccessDeniedError;
import com.smartpick.advising.ui.OperationDeniedError;
import com.smartpick.advising.ui.PageNotFoundError;
import com.smartpick.advising.ui.RecordNotFoundError;
import com.smartpick.advising.ui.UnexpectedError;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The plugin's error pages. Registered by hand, like the views: Vaadin's class scan
 * is limited to the launcher's package (and a host scans its own), so it would never find them.
 */
@Component
class FailureHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry.getInstance(event.getSource().getContext()).setErrorNavigationTargets(Set.of(
                PageNotFoundError.class, RecordNotFoundError.class, AccessDeniedError.class,
                OperationDeniedError.class, UnexpectedError.class));
    }
}
