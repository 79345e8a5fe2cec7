package com.smartpick.advising.plugin;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the plugin's own schema with its own history table, apart from any Flyway the host runs:
 * the host's schema and migrations are never touched. Flyway's database lock makes concurrent starts of
 * several instances safe.
 */
public class AdvisingSchemaMigrator implements InitializingBean {

    public static final String SCHEMA = "advising";
    public static final String HISTORY_TABLE = "advising_schema_history";
    public static final String LOCATION = "classpath:advising/db/migration";

    private final DataSource dataSource;

    public AdvisingSchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        flyway(dataSource).load().migrate();
    }

    static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure(AdvisingSchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .table(HISTORY_TABLE)
                .locations(LOCATION);
    }
}
