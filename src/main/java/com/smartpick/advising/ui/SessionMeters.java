package com.smartpick.advising.ui;

import com.smartpick.advising.base.PluginMeters;
import com.smartpick.advising.security.OwnSecurity;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * {@code advising.sessions.active}: Vaadin sessions open on this instance, one per browser that opened a page (signed
 * in or not, the login page counts) until it signs out or its session times out. What each holds in memory is what the
 * instance's heap grows with. Under the plugin's own security only: inside a host portal the sessions are the host's.
 */
@Component
@ConditionalOnClass(name = PluginMeters.MICROMETER)
@Conditional(OwnSecurity.Only.class)
class SessionMeters extends PluginMeters implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    SessionMeters() {
        Gauge.builder("advising.sessions.active", open, AtomicInteger::get)
                .description("Vaadin sessions open on this instance").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }
}
