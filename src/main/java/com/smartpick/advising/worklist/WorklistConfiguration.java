package com.smartpick.advising.worklist;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The worklist's service; the items come from the features present. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class WorklistConfiguration {
}
