package com.smartpick.advising.unsaved;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Unsaved text kept for its author: the beans of this package (its guard sits in other features' views).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class UnsavedTextConfiguration {
}
