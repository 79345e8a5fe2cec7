package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The library's environment rules are all registered. A second {@code META-INF/spring.factories} among the classes
 * both jars are made of would overwrite the first when the build copies them together, and which one won would
 * depend on the order of the copy.
 */
class EnvironmentRulesTest {

    @Test
    void both_environment_rules_are_registered_from_one_file() {
        assertThat(SpringFactoriesLoader.loadFactoryNames(EnvironmentPostProcessor.class, getClass().getClassLoader()))
                .contains(OutOfVaadinsScan.class.getName(), ManagementPort.class.getName());
    }
}
