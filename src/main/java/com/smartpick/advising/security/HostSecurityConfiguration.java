package com.smartpick.advising.security;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What lets a host portal's own security sign people into the plugin: who a host's user is, and the roles the
 * plugin's views are checked against.
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
}
