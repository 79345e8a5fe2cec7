package com.smartpick.advising.tracker;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The application tracker, part of SmartPick ({@code advising.features.smartpick.enabled}): it tracks the programs of
 * a published SmartPick list, so it has nothing to track without it. The beans of this package, and its views.
 */
@Configuration(proxyBeanMethods = false)
@Feature.SmartPick
@ComponentScan
public class TrackerConfiguration implements ViewPackage {
}
