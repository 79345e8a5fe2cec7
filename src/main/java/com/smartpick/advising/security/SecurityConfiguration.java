package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.ui.ViewPackage;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * People, roles, sign-in and who may see whom: the beans of this package, and the plugin's own filter chain and login
 * page. Sign-in is OIDC against Keycloak when an issuer is configured, otherwise the {@link PasswordAccounts} of
 * whatever runs the plugin (the standalone launcher's demo accounts). The filter chain and the login page back off when
 * the host portal brings a chain of its own; the views' {@code @RolesAllowed} are then enforced by the host's Vaadin
 * security (against the plugin's roles, {@link ViewerRolesAccessChecker}), and the services check again either way.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class SecurityConfiguration {

    /** The login page, under the plugin's own security only: a host with a chain of its own signs its users in itself. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(OwnSecurity.Only.class)
    static class LoginPage implements ViewPackage {
    }

    /**
     * Where a sign-in through Keycloak starts: Spring's redirect to Keycloak's login page. A constant, inlined where it
     * is used, so naming {@link KeycloakSignIn} here loads no OAuth2 class.
     */
    static final String KEYCLOAK_LOGIN = "/oauth2/authorization/" + KeycloakSignIn.KEYCLOAK;

    /**
     * An identity provider's sign-in in place of the plugin's login form ({@link KeycloakSignIn}), kept free of
     * Spring's OAuth2 client types, so this configuration loads where that optional dependency is missing.
     */
    interface ProviderSignIn {

        void configure(VaadinSecurityConfigurer vaadin);

        void configure(HttpSecurity http) throws Exception;
    }

    @Bean(OwnSecurity.CHAIN)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain advisingSecurityFilterChain(HttpSecurity http, AdvisingProperties properties,
            ObjectProvider<ProviderSignIn> providers, RequestUtil vaadinRequests, SecurityHeaders headers,
            ObjectProvider<PublicEndpoint> publicEndpoints) throws Exception {
        List<RequestMatcher> endpoints = publicEndpoints.orderedStream()
                .<RequestMatcher>map(endpoint -> PathPatternRequestMatcher.pathPattern(endpoint.path())).toList();
        RequestMatcher publicEndpoint = request -> endpoints.stream().anyMatch(endpoint -> endpoint.matches(request));
        // the error dispatch must be allowed, or a refusal's own error page is refused too and the browser gets a bare 403
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/themes/**").permitAll()
                .requestMatchers(publicEndpoint).permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Vaadin's own requests carry Vaadin's token; every other post needs Spring's, the demo sign-in form's included
        // (Vaadin would exempt it, so that any site could sign its visitors in as an account of its choosing). The form
        // sends the token Vaadin writes into the page's <meta name="_csrf">. The public endpoints act for no one.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(publicEndpoint));
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new BackToThePageAskedFor(properties.path("")));
        ProviderSignIn provider = providers.getIfAvailable();
        if (provider == null && properties.keycloak().configured()) {
            throw new IllegalStateException("advising.keycloak.issuer-uri is set, but Spring's OAuth2 client is missing: "
                    + "add org.springframework.boot:spring-boot-starter-security-oauth2-client to sign in through Keycloak");
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.enableCsrfConfiguration(false);
            // Vaadin denies unknown paths outright (a bare 403 for a mistyped address); signed-in, they reach Vaadin
            // and its "page not found" view instead. Views keep their own access rules either way.
            vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            if (provider != null) {
                provider.configure(vaadin);
            } else {
                vaadin.loginView(properties.path(LoginView.PATH), properties.path(LoginView.PATH) + "?logout");
            }
        });
        if (provider != null) {
            provider.configure(http);
        } else {
            http.formLogin(login -> login.failureHandler(backToTheLoginPage(properties.path(LoginView.PATH))));
        }
        headers.apply(http);
        return http.build();
    }

    /** A wrong password says so on the login page; a paused sign-in says how long to wait. */
    private static AuthenticationFailureHandler backToTheLoginPage(String login) {
        return (request, response, failure) -> response.sendRedirect(request.getContextPath() + login
                + (failure instanceof SignInPausedException paused
                        ? "?" + LoginView.WAIT_PARAMETER + "=" + paused.waitSeconds() : "?error"));
    }

    /**
     * After signing in, the browser goes back to the page it first asked for. Spring records that page as an absolute
     * URL built from the request's Host header, which the client chooses; keeping only its path and query keeps the
     * redirect on this portal whatever Host that request claimed.
     */
    private static final class BackToThePageAskedFor extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

        BackToThePageAskedFor(String home) {
            setDefaultTargetUrl(home);
            org.springframework.security.web.RedirectStrategy vaadins = getRedirectStrategy();
            setRedirectStrategy((request, response, url) ->
                    vaadins.sendRedirect(request, response, pathAndQuery(url, home)));
        }
    }

    private static String pathAndQuery(String url, String fallback) {
        try {
            URI target = URI.create(url);
            if (!target.isAbsolute()) {
                return url;
            }
            String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
            return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
        } catch (IllegalArgumentException unparsable) {
            return fallback;
        }
    }

    /**
     * A request Spring's firewall refuses (an encoded dot segment, a path parameter) never reaches the filter that
     * writes the security headers; its 400 gets them here, and the app's error page from {@code ui/PlainErrorPages}.
     */
    @Bean
    @ConditionalOnMissingBean(RequestRejectedHandler.class)
    @Conditional(OwnSecurity.OrServerErrorsAsked.class)
    RequestRejectedHandler refusedWithTheSecurityHeaders(SecurityHeaders headers) {
        return (request, response, rejected) -> {
            headers.writeTo(request, response);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        };
    }

    /**
     * Spring Security's sign-in events, for every refusal: Spring finds a failure's event by the exception's exact
     * class, and has none for the throttle's pause or for Keycloak's refusals ({@code OAuth2AuthenticationException}),
     * which it would pass over in silence. Under the plugin's own security only, where the sign-ins are the plugin's.
     */
    @Bean
    @Conditional(OwnSecurity.Only.class)
    @ConditionalOnMissingBean(AuthenticationEventPublisher.class)
    DefaultAuthenticationEventPublisher signInEvents(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(Map.of(SignInPausedException.class, AuthenticationFailureLockedEvent.class));
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    /**
     * The password accounts of whatever runs the plugin on its own security (the launcher's demo accounts), checked
     * behind the sign-in throttle: the only provider, so none bypasses it. With Keycloak the form is off.
     */
    @Bean
    @ConditionalOnBean(PasswordAccounts.class)
    @ConditionalOnExpression("'${advising.keycloak.issuer-uri:}'.isEmpty()")
    AuthenticationProvider passwordSignIn(PasswordAccounts accounts, SignInThrottle throttle) {
        return new ThrottledSignIn(new DaoAuthenticationProvider(username -> accounts.account(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username))), throttle);
    }
}
