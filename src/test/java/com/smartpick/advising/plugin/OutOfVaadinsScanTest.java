package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class OutOfVaadinsScanTest {

    /** Stands for a host's application class: any class outside the plugin's packages. */
    static final Class<?> HOST = String.class;

    @Test
    void a_host_that_scans_everything_scans_everything_but_the_plugin() {
        assertThat(blockedPackagesFor(HOST, Map.of())).isEqualTo("com/smartpick/advising");
    }

    @Test
    void the_hosts_own_blocked_packages_stay_blocked() {
        assertThat(blockedPackagesFor(HOST, Map.of("vaadin.blocked-packages", "org/example/legacy")))
                .isEqualTo("org/example/legacy,com/smartpick/advising");
    }

    @Test
    void a_host_that_names_its_packages_and_the_standalone_launcher_get_nothing_added() {
        assertThat(blockedPackagesFor(HOST, Map.of("vaadin.allowed-packages", "org/example/portal"))).isNull();
        assertThat(blockedPackagesFor(StandaloneApplication.class, Map.of())).isNull();
    }

    private static String blockedPackagesFor(Class<?> application, Map<String, Object> hostProperties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("host", hostProperties));
        new OutOfVaadinsScan().postProcessEnvironment(environment, new SpringApplication(application));
        return environment.getProperty("vaadin.blocked-packages");
    }
}
