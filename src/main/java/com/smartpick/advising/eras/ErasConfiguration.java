package com.smartpick.advising.eras;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * ERAS experience entries, switched by {@code advising.features.eras.enabled}: the beans of this package, and its
 * views.
 */
@Configuration(proxyBeanMethods = false)
@Feature.Eras
@ComponentScan
public class ErasConfiguration implements ViewPackage {
}
