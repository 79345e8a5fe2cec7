package com.example.securehost;

import com.smartpick.advising.support.HandClock;
import com.smartpick.advising.standalone.EmbeddedPostgresAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A host portal with security of its own: its own filter chain and sign-in page, its own users and their roles, its
 * own error view. It adds the advising plugin by having the jar on the classpath. Its database, for these tests, is
 * the test run's shared embedded server (the portal in {@code src/it/host-portal} brings a PostgreSQL of its own).
 */
@SpringBootApplication
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
public class SecureHostApplication {

    /** The host's clock, which the tests move by hand; the plugin takes it, as it takes a host's {@code Clock}. */
    @Bean
    HandClock clock() {
        return new HandClock();
    }
}
