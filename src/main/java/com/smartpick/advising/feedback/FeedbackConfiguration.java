package com.smartpick.advising.feedback;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Feedback from staff: the beans of this package (its panel sits in other features' views).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class FeedbackConfiguration {
}
