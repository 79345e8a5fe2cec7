package com.smartpick.advising.standalone;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The readiness probe's look at PostgreSQL (health contributor {@code db}, in the {@code readiness} group): a
 * connection of its own, taken within {@link #TIMEOUT}. Through the app's pool a probe would wait as long as a user's
 * request may (3 s on the embedded server, Hikari's default 30 s on an external one unless configured), longer than
 * a Kubernetes probe's timeout. A pool of one, so a probe on a reachable server costs a validation, not a new
 * connection. Nothing is logged when the server is away: the probe's answer says it, every few seconds.
 */
final class DatabaseProbe implements HealthIndicator, DisposableBean {

    static final Duration TIMEOUT = Duration.ofMillis(500);

    private final HikariDataSource connection;

    DatabaseProbe(HikariDataSource appPool) {
        HikariConfig config = new HikariConfig();
        appPool.copyStateTo(config);
        config.setPoolName("advising-readiness-probe");
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(TIMEOUT.toMillis());
        config.setValidationTimeout(Duration.ofMillis(250).toMillis());
        // starts even while the server is away: the probe then answers DOWN instead of the app failing to start
        config.setInitializationFailTimeout(-1);
        // its threads start on a probe's request thread: without the app's class loader Tomcat takes them for its
        // own leaks when it stops
        config.setThreadFactory(work -> {
            Thread thread = new Thread(work, "advising-readiness-probe");
            thread.setDaemon(true);
            thread.setContextClassLoader(DatabaseProbe.class.getClassLoader());
            return thread;
        });
        this.connection = new HikariDataSource(config);
    }

    @Override
    public Health health() {
        try (Connection probe = connection.getConnection()) {
            // a round trip: Hikari hands out a connection used within the last 500 ms unchecked, and one whose server
            // has just gone away still looks open
            if (probe.isValid(1)) {
                return Health.up().withDetail("database", probe.getMetaData().getDatabaseProductName()).build();
            }
            connection.evictConnection(probe);
            return Health.down().withDetail("error", "PostgreSQL does not answer").build();
        } catch (SQLException unreachable) {
            return Health.down().withDetail("error", unreachable.getMessage()).build();
        }
    }

    @Override
    public void destroy() {
        connection.close();
    }
}
