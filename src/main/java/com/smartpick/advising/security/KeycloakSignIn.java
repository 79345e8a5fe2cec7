package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * Sign-in through Keycloak (OIDC, authorization code with PKCE) for the plugin's own security, when an issuer is
 * configured. Spring's OAuth2 client is an optional dependency of the plugin: only an installation that signs in this
 * way adds it, and without it nothing here is loaded (the launcher's jar has it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.security.oauth2.client.registration.ClientRegistration")
@ConditionalOnExpression("!'${advising.keycloak.issuer-uri:}'.isEmpty()")
class KeycloakSignIn {

    static final String KEYCLOAK = "keycloak";

    /**
     * Built from Keycloak's fixed endpoint layout rather than discovered at start, so the portal starts (and its
     * login page can say what is wrong) while Keycloak is down.
     */
    @Bean
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

    @Bean
    SecurityConfiguration.ProviderSignIn keycloakProviderSignIn(AdvisingProperties properties, PersonService people,
            KeycloakStatus status) {
        return new SecurityConfiguration.ProviderSignIn() {
            @Override
            public void configure(VaadinSecurityConfigurer vaadin) {
                // Vaadin's own RP-initiated logout handler sends the browser to Keycloak's end-session page as a page
                // navigation. A handler of ours would answer the sign-out click's XHR with a 302 to Keycloak, which
                // the browser follows inside the XHR only while the CSP's connect-src allows Keycloak's origin.
                vaadin.oauth2LoginPage(SecurityConfiguration.KEYCLOAK_LOGIN, "{baseUrl}" + properties.path(""));
            }

            @Override
            public void configure(HttpSecurity http) throws Exception {
                http.oauth2Login(login -> login.userInfoEndpoint(info -> info.oidcUserService(new KeycloakUserService(people))));
                http.addFilterBefore(new KeycloakAvailabilityFilter(status, SecurityConfiguration.KEYCLOAK_LOGIN,
                        properties.path(LoginView.PATH)), OAuth2AuthorizationRequestRedirectFilter.class);
            }
        };
    }
}
