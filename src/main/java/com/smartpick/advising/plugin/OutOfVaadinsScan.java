package com.smartpick.advising.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Keeps the plugin's packages out of a host's Vaadin class scan. The plugin registers its views and error pages itself
 * ({@link AdvisingRoutes}); found by the scan, its error pages would be registered for the whole host, and a host with
 * a "not found" page of its own would not even start ("Only one target for an exception should be defined").
 * A host that names {@code vaadin.allowed-packages} scans only those, so nothing needs adding then; otherwise the
 * plugin's root package is added to the host's {@code vaadin.blocked-packages}, never in place of them.
 */
class OutOfVaadinsScan implements EnvironmentPostProcessor, Ordered {

    static final String PLUGIN_PACKAGE = "com/smartpick/advising";
    private static final String ALLOWED = "vaadin.allowed-packages";
    private static final String BLOCKED = "vaadin.blocked-packages";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ALLOWED, "").isBlank() || launchedByThePlugin(application)) {
            return;
        }
        String hosts = environment.getProperty(BLOCKED, "");
        Map<String, Object> blocked = new LinkedHashMap<>();
        blocked.put(BLOCKED, hosts.isBlank() ? PLUGIN_PACKAGE : hosts + "," + PLUGIN_PACKAGE);
        environment.getPropertySources().addFirst(new MapPropertySource("advising-out-of-vaadins-scan", blocked));
    }

    /** The standalone launcher names its allowed packages in a file read only after this runs. */
    private static boolean launchedByThePlugin(SpringApplication application) {
        return application.getAllSources().stream()
                .anyMatch(source -> source instanceof Class<?> type && type.getName().startsWith("com.smartpick.advising."));
    }

    /** After the host's configuration files are read, so their allowed and blocked packages are known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
