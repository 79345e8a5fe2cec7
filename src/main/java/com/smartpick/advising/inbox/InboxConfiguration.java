package com.smartpick.advising.inbox;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * In-app notifications: the beans of this package, and the inbox.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class InboxConfiguration implements ViewPackage {
}
