package com.smartpick.advising.smartpick.signal;

import com.smartpick.advising.base.Feature;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The signals a student placed, part of SmartPick ({@code advising.features.smartpick.enabled}): the beans of this
 * package (its panel sits in the ranked lists' views).
 */
@Configuration(proxyBeanMethods = false)
@Feature.SmartPick
@ComponentScan
public class SignalConfiguration {
}
