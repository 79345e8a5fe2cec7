package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Ranked lists, part of SmartPick ({@code advising.features.smartpick.enabled}): the beans of this package, and its
 * views.
 */
@Configuration(proxyBeanMethods = false)
@Feature.SmartPick
@ComponentScan
public class RankedListConfiguration implements ViewPackage {
}
