package com.smartpick.advising.plugin;

import com.smartpick.advising.base.AdvisingProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The zero-setup default: an embedded PostgreSQL (the real server, from Maven Central) whenever no
 * {@code spring.datasource.url} is set. Any external URL switches it off. The app signs in as a role that owns
 * nothing and the plugin's migrations as the schema's owner, as they should on an external PostgreSQL.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty() and ${advising.embedded-db.enabled:true}")
@ConditionalOnMissingBean(DataSource.class)
@EnableConfigurationProperties(AdvisingProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    @Bean
    EmbeddedPostgresServers.Lease embeddedPostgres(AdvisingProperties properties) {
        return EmbeddedPostgresServers.lease(properties.embeddedDb().dataDir());
    }

    @Bean
    HikariDataSource dataSource(EmbeddedPostgresServers.Lease embeddedPostgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("advising-embedded");
        dataSource.setJdbcUrl(EmbeddedPostgresServers.jdbcUrl(embeddedPostgres.server()));
        dataSource.setUsername(EmbeddedPostgresServers.APP_ROLE);
        dataSource.setMaximumPoolSize(10);
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
