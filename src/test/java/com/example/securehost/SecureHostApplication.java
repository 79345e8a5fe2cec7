package com.example.securehost;

import com.smartpick.advising.support.HandClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A host portal with security of its own: its own filter chain and sign-in page, its own users and their roles, its
 * own error view. It adds the advising plugin by having the jar on the classpath.
 */
@SpringBootApplication
public class SecureHostApplication {

    /** The host's clock, which the tests move by hand; the plugin takes it, as it takes a host's {@code Clock}. */
    @Bean
    HandClock clock() {
        return new HandClock();
    }
}
