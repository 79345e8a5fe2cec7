package com.smartpick.advising.standalone;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.boot.web.servlet.RegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The management port without the app's sign-in: Spring Boot puts the app's security filter chain in front of the
 * management server too, where it would send a Kubernetes probe or a Prometheus scrape to the login page. What guards
 * that port instead is where it listens ({@code management.server.address=127.0.0.1}, or the pod's own network in
 * Kubernetes); the app's port serves none of the endpoints. Only for a management server of its own (a child context):
 * on the app's port the endpoints would stay behind the sign-in.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
public class ManagementPortSecurity {

    /** The name of Spring Boot's registration of the app's filter chain in the management server. */
    static final String APP_CHAIN = "securityFilterChainRegistration";

    /**
     * The launcher's component scan finds this class too, so the app's own context has this processor as well: the
     * registration of the same name there is the app's own security, which stays.
     */
    @Bean
    static BeanPostProcessor withoutTheAppsSignIn(ApplicationContext context) {
        boolean managementServer = context.getParent() != null;
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (managementServer && APP_CHAIN.equals(name) && bean instanceof RegistrationBean registration) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }
}
