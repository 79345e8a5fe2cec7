package com.smartpick.advising.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Every Spring context of a test JVM keeps people signed in in one and the same place (registered for all of them in
 * {@code META-INF/spring.factories}). Vaadin gives each context that starts a new {@link SecurityContextHolderStrategy}
 * and makes it Spring Security's global one, which forgets whoever every other thread had signed in: a class running
 * beside the sequence (the readiness figures, the authorization matrix) was told "Sign in first" when a context
 * started in the sequence between its sign-in and its call. With this strategy as a bean of every context, Vaadin
 * keeps it (its own is only made where there is none), so a start changes nothing. One app runs one context, so
 * this concerns the tests alone.
 */
public final class SharedSecurityContextStrategy implements ContextCustomizerFactory {

    public static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Registration();
    }

    /** Equal to every other, so it leaves Spring's cache of contexts as it was. */
    private record Registration() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            context.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy", SHARED);
        }
    }
}
