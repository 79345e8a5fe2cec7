package com.smartpick.advising.statement;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Personal-statement drafts: the beans of this package, and its view.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class StatementConfiguration implements ViewPackage {
}
