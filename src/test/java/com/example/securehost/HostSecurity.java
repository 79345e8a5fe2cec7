package com.example.securehost;

import com.example.securehost.pages.HostLoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The host's own sign-in: Vaadin's security with the host's login view, and the host's users with its roles. */
@Configuration(proxyBeanMethods = false)
class HostSecurity {

    static final String PASSWORD = "host-password";
    /** The plugin's public JSON endpoints under the host's route prefix, which its README asks a host to let through. */
    static final String[] ADVISING_API = {"/portal/advising/api/smartpick/estimate",
            "/portal/advising/api/smartpick/specialties"};

    @Bean
    SecurityFilterChain hostFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(ADVISING_API).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(ADVISING_API));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(HostLoginView.class));
        return http.build();
    }

    @Bean
    InMemoryUserDetailsManager hostUsers() {
        return new InMemoryUserDetailsManager(
                user("advisor", "ADVISOR"), user("mentor", "MENTOR"), user("student", "STUDENT"), user("admin", "ADMIN"),
                user("guest", "GUEST"));
    }

    private static org.springframework.security.core.userdetails.UserDetails user(String name, String role) {
        return User.withUsername(name).password("{noop}" + PASSWORD).roles(role).build();
    }
}
