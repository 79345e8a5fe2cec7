package com.smartpick.advising.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.security.OwnSecurity;
import com.smartpick.advising.security.SecurityHeaders;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link PlainErrorReportValve} where Tomcat's own error report valve was. Only Tomcat's plain valve is
 * replaced (the one Spring Boot adds, or the one Tomcat adds by itself), never a valve of another class a host
 * configured. Runs after Spring Boot's own customizer, which adds that valve. Inside a host portal's security only
 * when the host asks for it ({@code advising.host.server-errors}).
 */
@Component
@Conditional(OwnSecurity.OrServerErrorsAsked.class)
class ContainerErrorPages implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final SecurityHeaders headers;
    private final String home;

    ContainerErrorPages(SecurityHeaders headers, AdvisingProperties properties) {
        this.headers = headers;
        this.home = properties.path("");
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve.getClass() == ErrorReportValve.class) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new PlainErrorReportValve(headers, home));
            if (host instanceof StandardHost standard
                    && ErrorReportValve.class.getName().equals(standard.getErrorReportValveClass())) {
                // the host adds a valve of this class when it starts, unless one is in its pipeline already
                standard.setErrorReportValveClass(PlainErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
