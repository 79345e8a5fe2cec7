package com.smartpick.advising.plugin;

import com.smartpick.advising.base.AdvisingProperties;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.env.Environment;

/**
 * What a host portal gets by adding the plugin's jar: the views under {@code /advising} (configurable),
 * the services, the plugin's own schema and migrations, and the security rules for its views.
 */
@AutoConfiguration(
        after = JooqAutoConfiguration.class,
        before = ServletWebSecurityAutoConfiguration.class,
        beforeName = {"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
@EnableConfigurationProperties(AdvisingProperties.class)
@ComponentScan(basePackages = "com.smartpick.advising",
        excludeFilters = {
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.smartpick\\.advising\\.standalone\\..*"),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class)})
public class AdvisingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * The schema's owner as {@code spring.flyway.*} names it, else the one a launcher provides (the standalone's
     * embedded server), else none (one role).
     */
    @Bean
    AdvisingSchemaMigrator advisingSchemaMigrator(DataSource dataSource, Environment environment,
            ObjectProvider<SchemaOwnerLogin> launchersOwner, AdvisingProperties properties) {
        SchemaOwnerLogin owner = SchemaOwnerLogin.fromFlywayProperties(environment, dataSource)
                .orElseGet(launchersOwner::getIfAvailable);
        return new AdvisingSchemaMigrator(dataSource, owner, properties.database().appRole());
    }

}
