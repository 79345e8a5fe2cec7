package com.smartpick.advising.smartpick.preview;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * "Try SmartPick", switched by {@code advising.features.try.enabled} and off with SmartPick: the beans of this package
 * and of its JSON API, and its page.
 */
@Configuration(proxyBeanMethods = false)
@Feature.Try
@ComponentScan
public class PreviewConfiguration implements ViewPackage {
}
