package com.smartpick.advising.roster;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Roster import, switched by {@code advising.features.roster.enabled}: the beans of this package, and its view.
 */
@Configuration(proxyBeanMethods = false)
@Feature.Roster
@ComponentScan
public class RosterConfiguration implements ViewPackage {
}
