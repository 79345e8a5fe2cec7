package com.smartpick.advising.readiness;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The readiness dashboard, switched by {@code advising.features.readiness.enabled}: the beans of this package, and its
 * view.
 */
@Configuration(proxyBeanMethods = false)
@Feature.Readiness
@ComponentScan
public class ReadinessConfiguration implements ViewPackage {
}
