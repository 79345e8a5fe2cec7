package com.example.portal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The portal's own sign-in: its login page, its users; the plugin's people are made from them. */
@Configuration
public class PortalSecurity {

    @Bean
    SecurityFilterChain portalChain(HttpSecurity http) throws Exception {
        // the plugin's JSON API: anyone may call it, with any method and without a CSRF token (it acts for no one)
        String[] advisingApi = {"/advising/api/smartpick/estimate", "/advising/api/smartpick/specialties"};
        http.authorizeHttpRequests(requests -> requests.requestMatchers(advisingApi).permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(advisingApi));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(PortalLoginView.class);
            // signed in, a mistyped address reaches the portal's own "not found" page
            vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
        });
        return http.build();
    }

    @Bean
    UserDetailsService portalUsers() {
        return new InMemoryUserDetailsManager(
                User.withUsername("advisor").password("{noop}advisor-pass").roles("ADVISOR").build(),
                User.withUsername("mentor").password("{noop}mentor-pass").roles("MENTOR").build(),
                User.withUsername("student").password("{noop}student-pass").roles("STUDENT").build(),
                User.withUsername("admin").password("{noop}admin-pass").roles("ADMIN").build());
    }
}
