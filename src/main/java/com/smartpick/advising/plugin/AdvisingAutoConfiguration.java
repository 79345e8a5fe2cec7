package com.smartpick.advising.plugin;

import com.smartpick.advising.audit.AuditConfiguration;
import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.cohort.CohortConfiguration;
import com.smartpick.advising.eras.ErasConfiguration;
import com.smartpick.advising.experience.ExperienceConfiguration;
import com.smartpick.advising.feedback.FeedbackConfiguration;
import com.smartpick.advising.help.HelpConfiguration;
import com.smartpick.advising.inbox.InboxConfiguration;
import com.smartpick.advising.letter.LetterConfiguration;
import com.smartpick.advising.profile.ProfileConfiguration;
import com.smartpick.advising.readiness.ReadinessConfiguration;
import com.smartpick.advising.roster.RosterConfiguration;
import com.smartpick.advising.season.SeasonConfiguration;
import com.smartpick.advising.security.SecurityConfiguration;
import com.smartpick.advising.smartpick.catalog.CatalogConfiguration;
import com.smartpick.advising.smartpick.preview.PreviewConfiguration;
import com.smartpick.advising.smartpick.rankedlist.RankedListConfiguration;
import com.smartpick.advising.smartpick.signal.SignalConfiguration;
import com.smartpick.advising.statement.StatementConfiguration;
import com.smartpick.advising.student.StudentConfiguration;
import com.smartpick.advising.tracker.TrackerConfiguration;
import com.smartpick.advising.ui.UiConfiguration;
import com.smartpick.advising.unsaved.UnsavedTextConfiguration;
import com.smartpick.advising.worklist.WorklistConfiguration;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * What a host portal gets by adding the plugin's jar: the views under {@code /advising} (configurable),
 * the services, the plugin's own schema and migrations, and the security rules for its views.
 *
 * <p>Each feature brings its own configuration, in its own package: its beans and its views. A feature a host may
 * switch off ({@code advising.features.<name>.enabled}) has a configuration that is there only while it is on, so the
 * switch takes away the feature's beans and views together.
 */
@AutoConfiguration(
        after = JooqAutoConfiguration.class,
        // before SecurityAutoConfiguration: the plugin's own security publishes every refused sign-in
        before = {ServletWebSecurityAutoConfiguration.class, SecurityAutoConfiguration.class},
        // before Actuator's default chain too, which would otherwise take the place of the plugin's own
        beforeName = {"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
                "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration"})
@EnableConfigurationProperties(AdvisingProperties.class)
@Import({AdvisingRoutes.class, FailureHandling.class, AdvisingApi.class,
        // the core, always there
        SecurityConfiguration.class, AuditConfiguration.class, UiConfiguration.class, CohortConfiguration.class,
        StudentConfiguration.class, ProfileConfiguration.class, ExperienceConfiguration.class,
        FeedbackConfiguration.class, StatementConfiguration.class, InboxConfiguration.class,
        UnsavedTextConfiguration.class, WorklistConfiguration.class, SeasonConfiguration.class, HelpConfiguration.class,
        // what a host may switch off
        LetterConfiguration.class, RankedListConfiguration.class, SignalConfiguration.class, CatalogConfiguration.class,
        PreviewConfiguration.class, ReadinessConfiguration.class, RosterConfiguration.class, ErasConfiguration.class,
        TrackerConfiguration.class})
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
