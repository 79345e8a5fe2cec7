package com.smartpick.advising.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.web.DefaultSecurityFilterChain;

/** One answer to "does the plugin run its own security", whichever order the chains' definitions come in. */
class OwnSecurityTest {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void with_no_chain_or_only_the_plugins_own_the_plugin_runs_its_own_security() {
        assertThat(new OwnSecurity(beans).active()).isTrue();
        assertThat(serverErrors()).as("before the plugin's chain is defined").isTrue();

        chain(OwnSecurity.CHAIN);
        assertThat(new OwnSecurity(beans).active()).isTrue();
        assertThat(serverErrors()).as("after it").isTrue();
    }

    @Test
    void with_a_chain_of_a_hosts_the_plugin_is_inside_the_hosts_security_unless_asked() {
        chain("hostFilterChain");
        assertThat(new OwnSecurity(beans).active()).isFalse();
        assertThat(serverErrors()).isFalse();
        chain(OwnSecurity.CHAIN);
        assertThat(new OwnSecurity(beans).active()).as("the plugin's chain beside a host's").isFalse();

        environment.setProperty("advising.host.server-errors", "true");
        assertThat(serverErrors()).isTrue();
    }

    private void chain(String name) {
        beans.registerBeanDefinition(name, new RootBeanDefinition(DefaultSecurityFilterChain.class));
    }

    private boolean serverErrors() {
        return new OwnSecurity.OrServerErrorsAsked().matches(new ConditionContext() {
            @Override
            public BeanDefinitionRegistry getRegistry() {
                return beans;
            }

            @Override
            public ConfigurableListableBeanFactory getBeanFactory() {
                return beans;
            }

            @Override
            public Environment getEnvironment() {
                return environment;
            }

            @Override
            public ResourceLoader getResourceLoader() {
                return null;
            }

            @Override
            public ClassLoader getClassLoader() {
                return getClass().getClassLoader();
            }
        }, null);
    }
}
