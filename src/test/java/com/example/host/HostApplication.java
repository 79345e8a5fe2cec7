package com.example.host;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal host portal: its own view, its own table and its own Flyway migrations. It adds the advising plugin as a
 * host would, by having the jar on the classpath, and sets nothing but a route prefix.
 */
@SpringBootApplication
public class HostApplication {
}
