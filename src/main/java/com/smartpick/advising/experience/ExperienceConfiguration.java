package com.smartpick.advising.experience;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Experience records and their review: the beans of this package, and its views.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class ExperienceConfiguration implements ViewPackage {
}
