package com.smartpick.advising.smartpick.preview.api;

import com.smartpick.advising.base.AdvisingProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerTypePredicate;
import org.springframework.web.servlet.config.annotation.PathMatchConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * SmartPick's endpoints in the plugin's JSON API ({@link AdvisingProperties#apiPath()}), served by Spring MVC. Vaadin,
 * mapped at the root, gets only the requests no handler of Spring's takes: its forwarding mapping comes last.
 */
@Configuration(proxyBeanMethods = false)
public class SmartPickApi implements WebMvcConfigurer {

    /** Below the API's path. */
    public static final String ESTIMATE = "/smartpick/estimate";
    public static final String SPECIALTIES = "/smartpick/specialties";

    private final AdvisingProperties properties;

    SmartPickApi(AdvisingProperties properties) {
        this.properties = properties;
    }

    /** The controller's mappings are relative, so its paths follow {@code advising.route-prefix}. */
    @Override
    public void configurePathMatch(PathMatchConfigurer configurer) {
        configurer.addPathPrefix(properties.apiPath(), HandlerTypePredicate.forAssignableType(EstimateController.class));
    }
}
