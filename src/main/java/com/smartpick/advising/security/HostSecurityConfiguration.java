package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.Filter;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What lets a host portal's own security sign people into the plugin: who a host's user is, the roles the plugin's
 * views are checked against, and the security headers on the plugin's pages (see {@link OwnSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class HostSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(AdvisingIdentityResolver.class)
    AdvisingIdentityResolver nameAndAuthorities(AuthorityRoles roles) {
        return authentication -> Optional.of(new Identity(authentication.getName(), authentication.getName(), null, false,
                roles.of(authentication.getAuthorities())));
    }

    /** Takes Vaadin's place (the auto-configuration runs before Vaadin's); a host's own checker takes this one's. */
    @Bean
    @ConditionalOnMissingBean(AccessAnnotationChecker.class)
    AccessAnnotationChecker viewerRolesAccessChecker(CurrentUser currentUser) {
        return new ViewerRolesAccessChecker(currentUser);
    }

    /** Under the plugin's own security its filter chain writes the headers, on every response. */
    @Bean
    FilterRegistrationBean<Filter> securityHeadersOnThePluginsPages(SecurityHeaders headers, AdvisingProperties properties,
            OwnSecurity ownSecurity) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(headers.onPagesUnder(properties.path("")));
        registration.setEnabled(!ownSecurity.active());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
