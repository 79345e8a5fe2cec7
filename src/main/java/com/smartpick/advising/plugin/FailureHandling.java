package com.smartpick.advising.plugin;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.security.OwnSecurity;
import com.smartpick.advising.ui.AccessDeniedError;
import com.smartpick.advising.ui.OperationDeniedError;
import com.smartpick.advising.ui.PageNotFoundError;
import com.smartpick.advising.ui.RecordNotFoundError;
import com.smartpick.advising.ui.UnexpectedError;
import com.smartpick.advising.ui.UnexpectedErrorHandler;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.InvalidRouteConfigurationException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's error pages. Registered by hand, like the views: Vaadin's class scan
 * is limited to the launcher's package (and a host scans its own), so it would never find them.
 *
 * <p>Inside a host portal's security only the view for the plugin's own "record not found" is registered, and the
 * host's sessions keep their error handler, unless the host sets {@code advising.host.error-views}. Either way a view
 * the host has for the same exception stays the host's.
 */
@org.springframework.stereotype.Component
class FailureHandling implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandling.class);

    private final boolean everywhere;

    FailureHandling(OwnSecurity ownSecurity, AdvisingProperties properties) {
        this.everywhere = ownSecurity.active() || properties.host().errorViews();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        List<Class<? extends Component>> views = everywhere
                ? List.of(PageNotFoundError.class, RecordNotFoundError.class, AccessDeniedError.class,
                        OperationDeniedError.class, UnexpectedError.class)
                : List.of(RecordNotFoundError.class);
        for (Class<? extends Component> view : views) {
            try {
                registry.setErrorNavigationTargets(Set.of(view));
            } catch (InvalidRouteConfigurationException hostsOwn) {
                // Vaadin takes one view per exception, and refuses a second unless the first is one of its defaults
                LOG.info("{} is not registered: {}", view.getSimpleName(), hostsOwn.getMessage());
            }
        }
        if (everywhere) {
            event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UnexpectedErrorHandler()));
        }
    }
}
