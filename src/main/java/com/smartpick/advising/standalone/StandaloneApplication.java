package com.smartpick.advising.standalone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * Runs the plugin on its own, the way a host portal would run it, with the zero-setup defaults of
 * {@code advising-standalone.properties}: embedded PostgreSQL with data kept across restarts, and demo data.
 */
@SpringBootApplication
@PropertySource("classpath:advising-standalone.properties")
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }
}
