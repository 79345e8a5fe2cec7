package com.smartpick.advising.standalone;

import com.smartpick.advising.plugin.SchemaOwnerLogin;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * The launcher's zero-setup default: an embedded PostgreSQL (the real server, from Maven Central) whenever no
 * {@code spring.datasource.url} is set. Any external URL switches it off. Only the standalone launcher imports it: the
 * plugin's library jar has neither this class nor the server's binaries, so a host always brings its own database. The app signs in as a role that owns
 * nothing and the plugin's migrations as the schema's owner, as they should on an external PostgreSQL.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@ConditionalOnMissingBean(DataSource.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean
    EmbeddedPostgresServers.Lease embeddedPostgres(@Value("${advising.embedded-db.data-dir:}") String dataDir) {
        return EmbeddedPostgresServers.lease(dataDir);
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgresServers.Lease embeddedPostgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("advising-embedded");
        dataSource.setJdbcUrl(EmbeddedPostgresServers.jdbcUrl(embeddedPostgres.server()));
        dataSource.setUsername(EmbeddedPostgresServers.APP_ROLE);
        dataSource.setMaximumPoolSize(10);
        // an idle portal keeps two server processes, not ten: each costs the database memory; busy hours open more
        dataSource.setMinimumIdle(2);
        configureForOutages(dataSource);
        return dataSource;
    }

    @Bean
    SchemaOwnerLogin embeddedSchemaOwner(EmbeddedPostgresServers.Lease embeddedPostgres) {
        return new SchemaOwnerLogin(EmbeddedPostgresServers.jdbcUrl(embeddedPostgres.server()),
                EmbeddedPostgresServers.OWNER_ROLE, null);
    }

    /**
     * While the database is away a user waits at most {@value #CONNECTION_TIMEOUT_MS} ms for the "cannot be reached"
     * message, not Hikari's default 30 s; dead connections are found by the keepalive and by the check on borrowing,
     * and replaced once the server answers again, so the pool recovers with no restart. An external database gets
     * the same with {@code spring.datasource.hikari.connection-timeout=3000} and {@code keepalive-time=30000}.
     */
    static void configureForOutages(HikariDataSource dataSource) {
        dataSource.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        dataSource.setValidationTimeout(1_000);
        dataSource.setKeepaliveTime(30_000);
    }

    static final long CONNECTION_TIMEOUT_MS = 3_000;
}
