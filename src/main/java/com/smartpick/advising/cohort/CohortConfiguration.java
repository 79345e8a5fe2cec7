package com.smartpick.advising.cohort;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Cohorts, enrollments and mentor assignments: the beans of this package, and its views.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class CohortConfiguration implements ViewPackage {
}
