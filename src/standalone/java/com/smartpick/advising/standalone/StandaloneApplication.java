package com.smartpick.advising.standalone;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * Runs the plugin on its own, with the zero-setup defaults of {@code advising-standalone.properties}: embedded
 * PostgreSQL with data kept across restarts, demo data and demo accounts, and the plugin's own security. Everything in
 * this package lives only in the launcher's artifact (the {@code standalone} jar), never in the library a host adds.
 */
@SpringBootApplication
@ImportAutoConfiguration(EmbeddedPostgresAutoConfiguration.class)
@PropertySource("classpath:advising-standalone.properties")
public class StandaloneApplication {

    public static void main(String[] args) {
        SpringApplication.run(StandaloneApplication.class, args);
    }

    /**
     * The launcher's log levels. {@code logging.level.*} in the property file above would be read too late: Spring
     * Boot sets up logging before it reads such files. Set here, they hold before the web server takes a request.
     */
    @Bean
    static InitializingBean launcherLogLevels(LoggingSystem logging) {
        return () -> {
            logging.setLogLevel("org.atmosphere", LogLevel.WARN);
            // the embedded SMTP server logs every new recipient it meets
            logging.setLogLevel("com.icegreen.greenmail", LogLevel.WARN);
            // Tomcat logs the first request of a day it cannot parse (an over-long line or header, bad characters)
            // with a stack trace, later ones at DEBUG: a broken request from outside is no fault of the server's,
            // and it gets the app's plain 400 page
            logging.setLogLevel("org.apache.coyote.http11.Http11Processor", LogLevel.WARN);
        };
    }
}
