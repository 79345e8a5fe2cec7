package com.smartpick.advising.student;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * "My students" and a student's page: the beans of this package, and its views.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class StudentConfiguration implements ViewPackage {
}
