package com.smartpick.advising.help;

import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** The help page: part of the core, so every signed-in person can read what the words mean. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
public class HelpConfiguration implements ViewPackage {
}
