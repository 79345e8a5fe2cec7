package com.smartpick.advising.plugin;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.security.PublicEndpoint;
import com.smartpick.advising.smartpick.preview.api.SmartPickApi;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * The plugin's JSON API as a whole, whatever the feature switches. Its public endpoints stay open when their feature is
 * off, so that a client is told they are not there (404) instead of being sent to sign in; a path under the API that no
 * endpoint takes answers 404, where Vaadin, mapped at the root, would answer with its page (200, HTML); and Spring's
 * refusals under the API are answered as the endpoints answer theirs ({@link ApiRefusals}).
 */
@Configuration(proxyBeanMethods = false)
class AdvisingApi {

    /** Before Vaadin's forwarding to its servlet and Spring's static resources, both at the lowest precedence but one. */
    static final int NOT_FOUND_ORDER = Ordered.LOWEST_PRECEDENCE - 2;

    @Bean
    PublicEndpoint smartPickEstimate(AdvisingProperties properties) {
        return new PublicEndpoint(properties.apiPath() + SmartPickApi.ESTIMATE);
    }

    @Bean
    PublicEndpoint smartPickSpecialties(AdvisingProperties properties) {
        return new PublicEndpoint(properties.apiPath() + SmartPickApi.SPECIALTIES);
    }

    @Bean
    HandlerMapping apiPathsNoEndpointTakes(AdvisingProperties properties) {
        HttpRequestHandler notFound = (request, response) -> {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No endpoint of the API answers at this path.");
        };
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of(properties.apiPath() + "/**", notFound));
        mapping.setOrder(NOT_FOUND_ORDER);
        return mapping;
    }

    @Bean
    ApiRefusals apiRefusals(AdvisingProperties properties) {
        return new ApiRefusals(properties.apiPath());
    }
}
