package com.smartpick.advising.ui;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The plugin's frame: the beans of this package (error pages, the filters on Vaadin's servlet) and the home page.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class UiConfiguration implements ViewPackage {
}
