package com.smartpick.advising.letter;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.ViewPackage;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Letters of recommendation, switched by {@code advising.features.letters.enabled}: the beans of this package, and its
 * views.
 */
@Configuration(proxyBeanMethods = false)
@Feature.Letters
@ComponentScan
public class LetterConfiguration implements ViewPackage {
}
