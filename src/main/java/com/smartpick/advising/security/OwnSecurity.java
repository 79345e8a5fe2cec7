package com.smartpick.advising.security;

import java.util.Arrays;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Component;

/**
 * Whether the plugin runs its own security or sits inside a host portal's. It runs its own when the application defines
 * no {@link SecurityFilterChain} but the plugin's: then it signs people in on its own login page and answers failures
 * for the whole server, as the standalone launcher does. A host that brings a chain of its own signs its users in
 * itself, and the plugin keeps to its own routes unless asked for more ({@code advising.host.*}).
 *
 * <p>Decided from the bean definitions, leaving the plugin's own chain out by its name, so a bean of the plugin's gets
 * the same answer whether its definition is read before or after that chain's. A host's chains are all defined by then:
 * a host's own configuration is read before any auto-configuration.
 */
@Component
public class OwnSecurity {

    /** The bean name of the plugin's own filter chain. */
    static final String CHAIN = "advisingSecurityFilterChain";

    private final boolean active;

    OwnSecurity(ListableBeanFactory beans) {
        this.active = noChainButTheOwn(beans);
    }

    public boolean active() {
        return active;
    }

    private static boolean noChainButTheOwn(ListableBeanFactory beans) {
        return Arrays.stream(BeanFactoryUtils.beanNamesForTypeIncludingAncestors(beans, SecurityFilterChain.class, true, false))
                .allMatch(CHAIN::equals);
    }

    /** Under the plugin's own security. */
    public static class Only implements ConfigurationCondition {

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getBeanFactory() == null || noChainButTheOwn(context.getBeanFactory());
        }
    }

    /** Under the plugin's own security, or inside a host's that sets {@code advising.host.server-errors}. */
    public static final class OrServerErrorsAsked extends Only {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().getProperty("advising.host.server-errors", Boolean.class, false)
                    || super.matches(context, metadata);
        }
    }
}
