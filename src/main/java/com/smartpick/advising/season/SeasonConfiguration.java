package com.smartpick.advising.season;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.ViewPackage;
import com.smartpick.advising.security.PublicEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The season's timeline, tasks and calendar feed: part of the core, since the readiness dashboard and the student's
 * page show late tasks. Its daily announcements need Spring's scheduling, switched on here.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableScheduling
public class SeasonConfiguration implements ViewPackage {

    /** The feed answers calendar apps, which cannot sign in: the secret token in its path is the credential. */
    @Bean
    PublicEndpoint seasonCalendarFeed(AdvisingProperties properties) {
        return new PublicEndpoint(properties.apiPath() + CalendarFeedController.PATH_PATTERN);
    }
}
