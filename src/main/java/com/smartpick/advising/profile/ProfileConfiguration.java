package com.smartpick.advising.profile;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The applicant profile: the beans of this package, and its view.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class ProfileConfiguration implements ViewPackage {
}
