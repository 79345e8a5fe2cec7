package com.smartpick.advising.plugin;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The launcher's management port when {@code management.server.port} is not set: the app's port + 1 (8081 beside
 * 8080), or a random one when the app's port is random (the tests, the benchmarks), so several instances on one
 * machine never reach for the same port. A rule rather than a line in {@code advising-standalone.properties}: that
 * file is read after the port is settled, too late for a random one to follow the app's. Only for the launcher's
 * application: a host portal on the same classpath keeps its own. Registered with the library's other environment rule
 * (one {@code META-INF/spring.factories} for the classes both jars are made of), so it names the launcher's class
 * instead of depending on it: the library holds no launcher code.
 */
class ManagementPort implements EnvironmentPostProcessor {

    static final String PROPERTY = "management.server.port";
    private static final String LAUNCHER = "com.smartpick.advising.standalone.StandaloneApplication";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!launchedByTheLauncher(application) || environment.containsProperty(PROPERTY)) {
            return;
        }
        int appPort = environment.getProperty("server.port", Integer.class, 8080);
        environment.getPropertySources().addLast(new MapPropertySource("advising-management-port",
                Map.of(PROPERTY, appPort == 0 ? 0 : appPort + 1)));
    }

    private static boolean launchedByTheLauncher(SpringApplication application) {
        return application.getAllSources().stream()
                .anyMatch(source -> source instanceof Class<?> type && type.getName().equals(LAUNCHER));
    }
}
