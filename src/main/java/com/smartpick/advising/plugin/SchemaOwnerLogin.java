package com.smartpick.advising.plugin;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * How the plugin's migrations sign in: as the role that owns schema {@code advising}, which the app itself must not
 * be (an owner can switch the audit trail's triggers off). Without one, the migrations sign in as the app does.
 */
public record SchemaOwnerLogin(String url, String user, @Nullable String password) {

    /**
     * The owner a host names the way it names its own Flyway's: {@code spring.flyway.user} and {@code .password}, and
     * {@code spring.flyway.url} if the schema lives elsewhere; what is not given is the app's, as Spring Boot's own
     * Flyway does it.
     */
    static Optional<SchemaOwnerLogin> fromFlywayProperties(Environment environment, DataSource app) {
        String user = environment.getProperty("spring.flyway.user");
        String url = environment.getProperty("spring.flyway.url");
        if (user == null && url == null) {
            return Optional.empty();
        }
        return Optional.of(new SchemaOwnerLogin(url != null ? url : urlOf(app),
                user != null ? user : environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.flyway.password", environment.getProperty("spring.datasource.password", ""))));
    }

    /** A DataSource opening a new connection as the owner each time: for the migrations, which use it briefly. */
    public DataSource dataSource() {
        return new DriverManagerDataSource(url, user, password == null ? "" : password);
    }

    private static String urlOf(DataSource app) {
        try (Connection connection = app.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the JDBC URL of the app's DataSource", e);
        }
    }
}
