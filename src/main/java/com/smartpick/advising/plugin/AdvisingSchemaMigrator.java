package com.smartpick.advising.plugin;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the plugin's own schema with its own history table, apart from any Flyway the host runs:
 * the host's schema and migrations are never touched. Flyway's database lock makes concurrent starts of
 * several instances safe. The migrations run as the schema's owner; then the owner grants the app's own role what
 * the app needs ({@link AppRoleGrants}).
 */
public class AdvisingSchemaMigrator implements InitializingBean {

    public static final String SCHEMA = "advising";
    public static final String HISTORY_TABLE = "advising_schema_history";
    public static final String LOCATION = "classpath:advising/db/migration";

    private final DataSource app;
    private final @Nullable SchemaOwnerLogin owner;
    private final @Nullable String appRole;

    /**
     * @param owner   the schema owner's login; none: the migrations sign in as the app does (a one-role setup)
     * @param appRole the role the app's privileges are granted to; none: the role the app's DataSource signs in as
     */
    public AdvisingSchemaMigrator(DataSource app, @Nullable SchemaOwnerLogin owner, @Nullable String appRole) {
        this.app = app;
        this.owner = owner;
        this.appRole = appRole;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        flyway(owner != null ? owner.dataSource() : app)
                .callbacks(new AppRoleGrants(appRole != null ? appRole : roleSignedInAs(app)))
                .load()
                .migrate();
    }

    /** The plugin's migrations against a database, without the grants to the app's role. */
    static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(AdvisingSchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .table(HISTORY_TABLE)
                .locations(LOCATION);
    }

    private static String roleSignedInAs(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery("select current_user")) {
            role.next();
            return role.getString(1);
        }
    }
}
