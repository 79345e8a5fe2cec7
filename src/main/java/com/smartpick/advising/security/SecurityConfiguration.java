package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Sign-in: OIDC against Keycloak when an issuer is configured, otherwise the demo accounts of the embedded
 * default. The filter chain backs off when the host portal brings its own; the views' {@code @RolesAllowed}
 * are then enforced by the host's Vaadin security (against the plugin's roles, {@link ViewerRolesAccessChecker}),
 * and the services check again either way.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String KEYCLOAK = "keycloak";
    /** Where a sign-in through Keycloak starts: Spring's redirect to Keycloak's login page. */
    static final String KEYCLOAK_LOGIN = "/oauth2/authorization/" + KEYCLOAK;
    private static final String KEYCLOAK_CONFIGURED = "!'${advising.keycloak.issuer-uri:}'.isEmpty()";
    private static final String DEMO_LOGIN = "${advising.demo.enabled:false} and '${advising.keycloak.issuer-uri:}'.isEmpty()";
    /** Published on the login page; these accounts exist only in the embedded demo database. */
    static final String DEMO_PASSWORD = "demo";

    @Bean(OwnSecurity.CHAIN)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain advisingSecurityFilterChain(HttpSecurity http, AdvisingProperties properties,
            ObjectProvider<ClientRegistrationRepository> clients, PersonService people, KeycloakStatus keycloakStatus,
            RequestUtil vaadinRequests, SecurityHeaders headers) throws Exception {
        // the error dispatch must be allowed, or a refusal's own error page is refused too and the browser gets a bare 403
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/themes/**").permitAll()
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Vaadin's own requests carry Vaadin's token; every other post needs Spring's, the demo sign-in form's included
        // (Vaadin would exempt it, so that any site could sign its visitors in as an account of its choosing). The form
        // sends the token Vaadin writes into the page's <meta name="_csrf">.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new BackToThePageAskedFor(properties.path("")));
        ClientRegistrationRepository keycloak = properties.keycloak().configured() ? clients.getIfAvailable() : null;
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.enableCsrfConfiguration(false);
            // Vaadin denies unknown paths outright (a bare 403 for a mistyped address); signed-in, they reach Vaadin
            // and its "page not found" view instead. Views keep their own access rules either way.
            vaadin.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            if (keycloak != null) {
                // Vaadin's own RP-initiated logout handler sends the browser to Keycloak's end-session page as a page
                // navigation. A handler of ours would answer the sign-out click's XHR with a 302 to Keycloak, which
                // the browser follows inside the XHR only while the CSP's connect-src allows Keycloak's origin.
                vaadin.oauth2LoginPage(KEYCLOAK_LOGIN, "{baseUrl}" + properties.path(""));
            } else {
                vaadin.loginView(properties.path("login"), properties.path("login") + "?logout");
            }
        });
        if (keycloak != null) {
            http.oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(new KeycloakUserService(people))));
            http.addFilterBefore(new KeycloakAvailabilityFilter(keycloakStatus, KEYCLOAK_LOGIN, properties.path("login")),
                    OAuth2AuthorizationRequestRedirectFilter.class);
        } else {
            http.formLogin(login -> login.failureHandler(backToTheLoginPage(properties.path("login"))));
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
     * Built from Keycloak's fixed endpoint layout rather than discovered at start, so the portal starts (and its
     * login page can say what is wrong) while Keycloak is down.
     */
    @Bean
    @ConditionalOnExpression(KEYCLOAK_CONFIGURED)
    @ConditionalOnMissingBean(ClientRegistrationRepository.class)
    InMemoryClientRegistrationRepository keycloakClientRegistration(AdvisingProperties properties) {
        AdvisingProperties.Keycloak keycloak = properties.keycloak();
        String issuer = keycloak.issuerUri().replaceAll("/+$", "");
        String oidc = issuer + "/protocol/openid-connect";
        boolean publicClient = keycloak.clientSecret() == null || keycloak.clientSecret().isBlank();
        ClientRegistration registration = ClientRegistration.withRegistrationId(KEYCLOAK)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(publicClient ? null : keycloak.clientSecret())
                .clientAuthenticationMethod(publicClient ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(oidc + "/auth")
                .tokenUri(oidc + "/token")
                .userInfoUri(oidc + "/userinfo")
                .jwkSetUri(oidc + "/certs")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", oidc + "/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The demo accounts' passwords, checked behind the sign-in throttle (the only provider, so none bypasses it). */
    @Bean
    @ConditionalOnExpression(DEMO_LOGIN)
    AuthenticationProvider demoSignIn(PersonService people, SignInThrottle throttle) {
        UserDetailsService demoAccounts = username -> people.demoAccount(username)
                .map(viewer -> new DemoUser(username, "{noop}" + DEMO_PASSWORD, viewer))
                .orElseThrow(() -> new UsernameNotFoundException("No demo account " + username));
        return new ThrottledSignIn(new DaoAuthenticationProvider(demoAccounts), throttle);
    }

    @Bean
    ApplicationListener<AuthenticationSuccessEvent> recordDemoLogins(PersonService people) {
        return event -> {
            if (event.getAuthentication().getPrincipal() instanceof DemoUser user) {
                people.recordLogin(user.viewer().personId());
            }
        };
    }
}
