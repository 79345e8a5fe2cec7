package com.smartpick.advising.ui;

import com.smartpick.advising.security.OwnSecurity;
import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Filters on Vaadin's own servlet, for requests that reach it directly and for those Spring's dispatcher forwards to
 * it (Vaadin mapped at the root): there they run inside the forward, so an exception they catch never reaches the
 * servlet container's log. They serve a host's views as well, so inside a host portal's security only when the host
 * asks for them ({@code advising.host.server-errors}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OwnSecurity.OrServerErrorsAsked.class)
class VaadinServletFilters {

    @Bean
    FilterRegistrationBean<MissingThemeFiles> missingThemeFiles(ServletRegistrationBean<SpringServlet> vaadin) {
        return onVaadinsServlet(new MissingThemeFiles(), vaadin);
    }

    @Bean
    FilterRegistrationBean<VaadinRequestGuard> vaadinRequestGuard(ServletRegistrationBean<SpringServlet> vaadin) {
        return onVaadinsServlet(new VaadinRequestGuard(), vaadin);
    }

    private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> onVaadinsServlet(F filter,
            ServletRegistrationBean<SpringServlet> vaadin) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter, vaadin);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD);
        return registration;
    }
}
