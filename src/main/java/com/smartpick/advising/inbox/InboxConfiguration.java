package com.smartpick.advising.inbox;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.ViewPackage;
import com.smartpick.advising.security.PublicEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Notifications in the app and by e-mail: the beans of this package, the inbox and its views, and the unsubscribe
 * link, which anyone holding it may follow without signing in.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EnableConfigurationProperties(MailSettings.class)
public class InboxConfiguration implements ViewPackage {

    @Bean
    PublicEndpoint unsubscribeLink(AdvisingProperties properties) {
        return new PublicEndpoint(properties.apiPath() + UnsubscribeLinks.PATH);
    }
}
