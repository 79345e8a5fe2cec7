package com.smartpick.advising.standalone;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The launcher's health: Spring Boot Actuator with the settings of {@code advising-standalone.properties} (a
 * management port of its own on the loopback, the probes, Prometheus), and PostgreSQL in the readiness probe through
 * {@link DatabaseProbe}. A host portal configures its own Actuator, if any; the plugin brings only its meters.
 */
@Configuration(proxyBeanMethods = false)
class Management {

    /** Named so it takes the place of Spring Boot's {@code db} contributor, which would go through the app's pool. */
    @Bean
    DatabaseProbe dbHealthIndicator(HikariDataSource appPool) {
        return new DatabaseProbe(appPool);
    }
}
